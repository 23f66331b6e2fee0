import ExcelJS from 'exceljs';

/**
 * How a column's values are written: dates and numbers as typed cells (Excel sorts, sums and filters them),
 * text as text. A typed text cell is never a formula, so a value starting with "=" stays text.
 */
export type CellKind = 'text' | 'integer' | 'decimal' | 'date' | 'datetime' | 'boolean';

export interface SheetColumn<Row> {
  header: string;
  kind: CellKind;
  value: (row: Row) => unknown;
  /** in characters; guessed from the kind when absent */
  width?: number;
}

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The most rows one export writes: a larger list is refused with a request to narrow its filters. */
export const MAX_EXPORT_ROWS = 50_000;

const FORMATS: Partial<Record<CellKind, string>> = {
  integer: '#,##0',
  decimal: '#,##0.##',
  date: 'dd/mm/yyyy',
  datetime: 'dd/mm/yyyy hh:mm',
};
const WIDTHS: Record<CellKind, number> = { text: 30, integer: 12, decimal: 12, date: 12, datetime: 17, boolean: 10 };
const CITY_OFFSET_MS = 7 * 3600 * 1000;

/** A cell's text: a string as it is, a number or boolean printed, anything else as JSON. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return value.toISOString();
  // JSON.stringify gives undefined for a function or a symbol
  const json = JSON.stringify(value) as string | undefined;
  return json ?? '';
}

/**
 * A value as its cell: a day ("2026-10-05") is a date; an instant is shown at the city's wall-clock time
 * (Excel has no time zones); decimals arrive from PostgreSQL as text and leave as numbers.
 */
export function cellValue(kind: CellKind, value: unknown): ExcelJS.CellValue {
  if (value === null || value === undefined || value === '') return null;
  switch (kind) {
    case 'integer':
    case 'decimal': {
      const number = typeof value === 'number' ? value : Number(value);
      return Number.isFinite(number) ? number : textOf(value);
    }
    case 'date': {
      const day = value instanceof Date ? value.toISOString().slice(0, 10) : textOf(value).slice(0, 10);
      return /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T00:00:00Z`) : textOf(value);
    }
    case 'datetime': {
      const instant = value instanceof Date ? value : new Date(textOf(value));
      return Number.isNaN(instant.getTime()) ? textOf(value) : new Date(instant.getTime() + CITY_OFFSET_MS);
    }
    case 'boolean':
      return value === true || value === 'true' ? 'Có' : 'Không';
    default:
      return Array.isArray(value) ? value.join('; ') : textOf(value);
  }
}

/** One sheet: a bold header row that stays in view, a filter on every column, one typed row per item. */
export async function xlsxOf<Row>(
  sheetName: string,
  columns: ReadonlyArray<SheetColumn<Row>>,
  rows: Iterable<Row>,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'congvu';
  const sheet = workbook.addWorksheet(sheetName.replace(/[*?:\\/[\]]/g, ' ').slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = columns.map((column, i) => ({
    key: String(i),
    header: column.header,
    width: column.width ?? Math.max(WIDTHS[column.kind], Math.min(40, column.header.length + 2)),
    style: FORMATS[column.kind] ? { numFmt: FORMATS[column.kind] } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((column) => cellValue(column.kind, column.value(row))));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
