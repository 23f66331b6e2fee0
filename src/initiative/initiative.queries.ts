import type { EntityManager } from 'typeorm';
import { pagedQuery } from '../common/paged-query.js';
import { appendWhere, orderBySql, type OrderBy, type WhereColumns } from '../common/where.js';
import { InitiativeOrderField, type InitiativeWhere } from './initiative.inputs.js';
import { InitiativeStatus } from './initiative.enums.js';
import { Initiative } from './initiative.entity.js';
import { InitiativeVote } from './initiative-vote.entity.js';

export interface InitiativeListFilter {
  status?: InitiativeStatus | null;
  unitIds?: readonly string[];
  year?: number | null;
  overdue?: boolean | null;
  /** The day "overdue" is judged on. */
  today: string;
  where?: InitiativeWhere;
  orderBy?: ReadonlyArray<OrderBy<InitiativeOrderField>>;
}

const REVIEWING = `('${InitiativeStatus.SUBMITTED}', '${InitiativeStatus.UNDER_REVIEW}')`;

/** The columns of `initiatives(where:)` on `i`; `overdue` is judged on `today`. */
export function initiativeWhereColumns(today: string): WhereColumns<InitiativeWhere> {
  return {
    id: { sql: 'i.id', kind: 'id' },
    title: { sql: 'i.title', kind: 'string' },
    status: { sql: 'i.status', kind: 'enum', pgType: 'initiative_status' },
    unitId: { sql: 'i.unit_id', kind: 'id' },
    year: { sql: `extract(year FROM i.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::int`, kind: 'int' },
    createdAt: { sql: 'i.created_at', kind: 'datetime' },
    submittedAt: { sql: 'i.submitted_at', kind: 'datetime' },
    reviewDueOn: { sql: 'i.review_due_on', kind: 'date' },
    decidedAt: { sql: 'i.decided_at', kind: 'datetime' },
    overdue: {
      sql: (params) => `(i.status IN ${REVIEWING} AND i.review_due_on < CAST(${params.add(today)} AS date))`,
      kind: 'boolean',
    },
  };
}

/** The columns of `initiatives(orderBy:)`. */
export const INITIATIVE_ORDER_COLUMNS: Record<InitiativeOrderField, string> = {
  [InitiativeOrderField.CREATED_AT]: 'i.created_at',
  [InitiativeOrderField.SUBMITTED_AT]: 'i.submitted_at',
  [InitiativeOrderField.REVIEW_DUE_ON]: 'i.review_due_on',
  [InitiativeOrderField.TITLE]: 'i.title',
  [InitiativeOrderField.STATUS]: 'i.status',
};

function initiativeWhere(filter: InitiativeListFilter): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const columns = initiativeWhereColumns(filter.today);
  // the plain `filter` is a `where` too
  const plain: InitiativeWhere = {
    status: { equals: filter.status ?? undefined },
    unitId: filter.unitIds ? { in: [...filter.unitIds] } : undefined,
    year: { equals: filter.year ?? undefined },
    overdue: { equals: filter.overdue ?? undefined },
  };
  const where = [appendWhere(plain, columns, params), appendWhere(filter.where, columns, params)];
  return { sql: where.join(' AND '), params };
}

/** One page of initiatives, the newest first. */
export async function listInitiatives(
  em: EntityManager,
  filter: InitiativeListFilter,
  offset: number,
  limit: number,
): Promise<{ initiatives: Initiative[]; total: number }> {
  const { sql, params } = initiativeWhere(filter);
  const { rows, total } = await pagedQuery(
    em,
    {
      select: 'i.id',
      from: `FROM initiative i WHERE ${sql}`,
      orderBy: orderBySql(filter.orderBy, INITIATIVE_ORDER_COLUMNS, 'i.created_at DESC, i.id', 'i.id'),
      params,
    },
    offset,
    limit,
  );
  const ids = rows.map((row) => row.id as string);
  const found = ids.length
    ? await em.createQueryBuilder(Initiative, 'i').where('i.id = ANY(:ids)', { ids }).getMany()
    : [];
  const byId = new Map(found.map((initiative) => [initiative.id, initiative]));
  return { initiatives: ids.map((id) => byId.get(id) as Initiative), total };
}

/** Initiatives counted by status, with the same filter as the list. */
export function countInitiatives(
  em: EntityManager,
  filter: InitiativeListFilter,
): Promise<Array<{ status: InitiativeStatus; count: number }>> {
  const { sql, params } = initiativeWhere(filter);
  return em.query(
    `SELECT status, count(*)::int AS count FROM initiative i WHERE ${sql} GROUP BY status ORDER BY status`,
    params,
  );
}

/** R29: people acting within an approved initiative. */
export function protectedCadres(
  em: EntityManager,
): Promise<
  Array<{ personId: string; fullName: string; initiativeId: string; initiativeTitle: string; status: InitiativeStatus }>
> {
  return em.query(
    `SELECT p.id AS "personId", p.full_name AS "fullName", i.id AS "initiativeId", i.title AS "initiativeTitle", i.status
       FROM initiative i JOIN initiative_proposer ip ON ip.initiative_id = i.id JOIN person p ON p.id = ip.person_id
      WHERE i.status IN ('APPROVED', 'IMPLEMENTING', 'REPORTED', 'COMPLETED') ORDER BY p.full_name, i.title`,
  );
}

export async function proposerIdsOf(em: EntityManager, initiativeId: string): Promise<string[]> {
  const rows: Array<{ person_id: string }> = await em.query(
    `SELECT person_id FROM initiative_proposer WHERE initiative_id = $1`,
    [initiativeId],
  );
  return rows.map((row) => row.person_id);
}

export function initiativeHistory(
  em: EntityManager,
  initiativeId: string,
): Promise<
  Array<{
    at: Date;
    actor: string | null;
    action: string;
    fromStatus: InitiativeStatus | null;
    toStatus: InitiativeStatus;
    reason: string | null;
    late: boolean;
  }>
> {
  return em.query(
    `SELECT e.at, u.username AS actor, e.action, e.from_status AS "fromStatus", e.to_status AS "toStatus", e.reason, e.late
       FROM initiative_event e LEFT JOIN app_user u ON u.id = e.actor_user_id WHERE e.initiative_id = $1 ORDER BY e.at`,
    [initiativeId],
  );
}

/** The current round of each initiative: who is eligible or recused, how many voted, and whether `userId` did. */
export function currentRounds(
  em: EntityManager,
  initiativeIds: readonly string[],
  userId: string | null,
): Promise<Array<{ initiative_id: string; eligible: string[]; recused: string[]; voted: number; mine: boolean }>> {
  return em.query(
    `SELECT r.initiative_id, r.eligible_user_ids AS eligible, r.recused_user_ids AS recused,
            (SELECT count(*)::int FROM initiative_vote v WHERE v.initiative_id = r.initiative_id AND v.round = r.round) AS voted,
            EXISTS (SELECT 1 FROM initiative_vote v WHERE v.initiative_id = r.initiative_id AND v.round = r.round AND v.user_id = $2) AS mine
       FROM initiative_round r JOIN initiative i ON i.id = r.initiative_id AND i.round = r.round
      WHERE r.initiative_id = ANY($1::uuid[])`,
    [initiativeIds, userId],
  );
}

/** The vote a member cast in the current round. */
export function voteInCurrentRound(
  em: EntityManager,
  initiative: Pick<Initiative, 'id' | 'round'>,
  userId: string,
): Promise<InitiativeVote> {
  return em.findOneByOrFail(InitiativeVote, { initiativeId: initiative.id, round: initiative.round, userId });
}

/** The board's dashboard: reviews pending, overdue and waiting for `userId`; initiatives by status; approvals by month. */
export async function boardFigures(em: EntityManager, userId: string | null, today: string) {
  const [counts] = await em.query(
    `SELECT count(*) FILTER (WHERE status IN ${REVIEWING})::int AS pending,
            count(*) FILTER (WHERE status IN ${REVIEWING} AND review_due_on < $1)::int AS overdue
       FROM initiative`,
    [today],
  );
  const [{ waiting }] = await em.query(
    `SELECT count(*)::int AS waiting FROM initiative i JOIN initiative_round r ON r.initiative_id = i.id AND r.round = i.round
      WHERE i.status IN ${REVIEWING} AND $1 = ANY(r.eligible_user_ids)
        AND NOT EXISTS (SELECT 1 FROM initiative_vote v WHERE v.initiative_id = i.id AND v.round = i.round AND v.user_id = $1)`,
    [userId],
  );
  const byStatus: Array<{ status: InitiativeStatus; count: number }> = await em.query(
    `SELECT status, count(*)::int AS count FROM initiative GROUP BY status ORDER BY status`,
  );
  const approvalsByMonth: Array<{ month: string; count: number }> = await em.query(
    `SELECT to_char(e.at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'MM/YYYY') AS month, count(*)::int AS count
       FROM initiative_event e WHERE e.action = 'APPROVE'
      GROUP BY 1, date_trunc('month', e.at AT TIME ZONE 'Asia/Ho_Chi_Minh') ORDER BY date_trunc('month', e.at AT TIME ZONE 'Asia/Ho_Chi_Minh') DESC LIMIT 12`,
  );
  return {
    pending: counts.pending as number,
    overdue: counts.overdue as number,
    waitingForMe: waiting as number,
    byStatus,
    approvalsByMonth: approvalsByMonth.reverse(),
  };
}
