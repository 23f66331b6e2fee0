import type { EntityManager } from 'typeorm';

const CHUNK = 10_000;

/**
 * Multi-row insert through unnest(): one statement per chunk, columns given as typed arrays. Far faster than a
 * save per row, and the same SQL on the embedded and the external server.
 */
export async function bulkInsert<T>(
  em: EntityManager,
  table: string,
  columns: Array<{ name: string; type: string; value: (row: T) => unknown }>,
  rows: readonly T[],
  onProgress?: (done: number) => void,
): Promise<void> {
  const names = columns.map((column) => `"${column.name}"`).join(', ');
  const arrays = columns.map((column, index) => `$${String(index + 1)}::${column.type}[]`).join(', ');
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    await em.query(
      `INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${arrays})`,
      columns.map((column) => chunk.map(column.value)),
    );
    onProgress?.(Math.min(start + CHUNK, rows.length));
  }
}
