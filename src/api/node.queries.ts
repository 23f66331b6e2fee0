import type { EntityManager } from 'typeorm';
import { isWellFormedId } from '../common/ids.js';
import { queryRows } from '../common/queries.js';

/** The tables of the types `node(id:)` reads, by GraphQL type name. */
export const NODE_TABLES = {
  Unit: 'unit',
  Person: 'person',
  Evaluation: 'evaluation',
  EvaluationPeriod: 'evaluation_period',
  FeedbackItem: 'feedback_item',
  Inspection: 'inspection',
  Initiative: 'initiative',
} as const;

export type NodeTypeName = keyof typeof NODE_TABLES;

/** Which type an id names (one statement; ids are UUIDs, unique across tables), whatever the caller may see. */
export async function nodeTypeOf(em: EntityManager, id: string): Promise<NodeTypeName | null> {
  if (!isWellFormedId(id)) return null;
  const probes = Object.entries(NODE_TABLES).map(
    ([type, table]) => `SELECT '${type}' AS type WHERE EXISTS (SELECT 1 FROM ${table} WHERE id = $1)`,
  );
  const rows = await queryRows<{ type: NodeTypeName }>(em, `${probes.join(' UNION ALL ')} LIMIT 1`, [id]);
  return rows[0]?.type ?? null;
}
