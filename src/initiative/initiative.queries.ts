import type { EntityManager } from 'typeorm';
import { listSql, listWhere, pagedEntities, type ListSource } from '../common/paged-query.js';
import { queryOne, queryRows } from '../common/queries.js';
import { SqlParams } from '../common/sql-params.js';
import { filterUnitIds } from '../hierarchy/tree.queries.js';
import type { OrderBy } from '../common/where.js';
import { InitiativeOrderField, type InitiativeWhere } from './initiative.inputs.js';
import { InitiativeStatus, UNDER_BOARD_REVIEW } from './initiative.enums.js';
import { Initiative } from './initiative.entity.js';
import { InitiativeVote } from './initiative-vote.entity.js';
import { reviewOverdueSql, type CastVote } from './initiative.rules.js';

/** What a caller may filter initiatives by: a unit (and its sub-units), a status, a year, being overdue. */
export interface InitiativeQuery {
  status?: InitiativeStatus | null;
  unitId?: string | null;
  includeSubunits?: boolean | null;
  year?: number | null;
  overdue?: boolean | null;
  where?: InitiativeWhere | null;
  orderBy?: ReadonlyArray<OrderBy<InitiativeOrderField>> | null;
}

export interface InitiativeListFilter {
  status?: InitiativeStatus | null;
  unitIds?: readonly string[];
  year?: number | null;
  overdue?: boolean | null;
  /** The day "overdue" is judged on. */
  today: string;
  where?: InitiativeWhere | null;
  orderBy?: ReadonlyArray<OrderBy<InitiativeOrderField>> | null;
}

/** Initiatives whose status is one of these: the ones that count for R29 (approved and not rejected afterwards). */
const PROTECTING: readonly InitiativeStatus[] = [
  InitiativeStatus.APPROVED,
  InitiativeStatus.IMPLEMENTING,
  InitiativeStatus.REPORTED,
  InitiativeStatus.COMPLETED,
];

/** `initiatives` on `i`; `overdue` is judged on `today`. */
export function initiativeSource(today: string): ListSource<InitiativeWhere, InitiativeOrderField> {
  return {
    from: 'initiative i',
    alias: 'i',
    where: {
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
        sql: (params) => reviewOverdueSql('i', params, today),
        kind: 'boolean',
      },
    },
    orderBy: {
      [InitiativeOrderField.CREATED_AT]: 'i.created_at',
      [InitiativeOrderField.SUBMITTED_AT]: 'i.submitted_at',
      [InitiativeOrderField.REVIEW_DUE_ON]: 'i.review_due_on',
      [InitiativeOrderField.TITLE]: 'i.title',
      [InitiativeOrderField.STATUS]: 'i.status',
    },
    defaultOrder: 'i.created_at DESC',
  };
}

/** A caller's filter as the list reads it: a unit with its sub-units becomes the units of the subtree on `today`. */
export async function initiativeListFilter(
  em: EntityManager,
  filter: InitiativeQuery | null | undefined,
  today: string,
): Promise<InitiativeListFilter> {
  const unitIds = await filterUnitIds(em, filter, today);
  return {
    status: filter?.status,
    unitIds,
    year: filter?.year,
    overdue: filter?.overdue,
    today,
    where: filter?.where,
    orderBy: filter?.orderBy,
  };
}

/** The list's own conditions (its filter), without `where`. */
function initiativeConditions(filter: InitiativeListFilter): { conditions: string[]; params: SqlParams } {
  const params = new SqlParams();
  const where = ['TRUE'];
  if (filter.status) where.push(`i.status = ${params.add(filter.status)}::initiative_status`);
  if (filter.unitIds) where.push(`i.unit_id = ANY(${params.add(filter.unitIds)}::uuid[])`);
  if (filter.year)
    where.push(`extract(year FROM i.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh') = ${params.add(filter.year)}`);
  if (filter.overdue !== undefined && filter.overdue !== null)
    where.push(`${reviewOverdueSql('i', params, filter.today)} = ${params.add(filter.overdue)}::boolean`);
  return { conditions: where, params };
}

/** One page of initiatives, the newest first. */
export async function listInitiatives(
  em: EntityManager,
  filter: InitiativeListFilter,
  offset: number,
  limit: number,
): Promise<{ initiatives: Initiative[]; total: number }> {
  const { conditions, params } = initiativeConditions(filter);
  const sql = listSql(initiativeSource(filter.today), conditions, params, filter);
  const { rows, total } = await pagedEntities(em, Initiative, sql, offset, limit);
  return { initiatives: rows, total };
}

export interface StatusCount {
  status: InitiativeStatus;
  count: number;
}

/** Initiatives counted by status, with the same filter as the list. */
export function countInitiatives(em: EntityManager, filter: InitiativeListFilter): Promise<StatusCount[]> {
  const { conditions, params } = initiativeConditions(filter);
  const where = listWhere(initiativeSource(filter.today), conditions, params, filter.where);
  return queryRows<StatusCount>(
    em,
    `SELECT status, count(*)::int AS count FROM initiative i WHERE ${where} GROUP BY status ORDER BY status`,
    params.values,
  );
}

export interface ProtectedCadreRow {
  personId: string;
  fullName: string;
  initiativeId: string;
  initiativeTitle: string;
  status: InitiativeStatus;
}

/** R29: people acting within an approved initiative. */
export function protectedCadres(em: EntityManager): Promise<ProtectedCadreRow[]> {
  return queryRows<ProtectedCadreRow>(
    em,
    `SELECT p.id AS "personId", p.full_name AS "fullName", i.id AS "initiativeId", i.title AS "initiativeTitle", i.status
       FROM initiative i JOIN initiative_proposer ip ON ip.initiative_id = i.id JOIN person p ON p.id = ip.person_id
      WHERE i.status = ANY($1::initiative_status[]) ORDER BY p.full_name, i.title`,
    [PROTECTING],
  );
}

export async function proposerIdsOf(em: EntityManager, initiativeId: string): Promise<string[]> {
  const rows = await queryRows<{ personId: string }>(
    em,
    `SELECT person_id AS "personId" FROM initiative_proposer WHERE initiative_id = $1`,
    [initiativeId],
  );
  return rows.map((row) => row.personId);
}

export interface InitiativeHistoryRow {
  at: Date;
  actor: string | null;
  action: string;
  fromStatus: InitiativeStatus | null;
  toStatus: InitiativeStatus;
  reason: string | null;
  late: boolean;
}

export function initiativeHistory(em: EntityManager, initiativeId: string): Promise<InitiativeHistoryRow[]> {
  return queryRows<InitiativeHistoryRow>(
    em,
    `SELECT e.at, u.username AS actor, e.action, e.from_status AS "fromStatus", e.to_status AS "toStatus", e.reason, e.late
       FROM initiative_event e LEFT JOIN app_user u ON u.id = e.actor_user_id WHERE e.initiative_id = $1 ORDER BY e.at`,
    [initiativeId],
  );
}

export interface CurrentRoundRow {
  initiative_id: string;
  eligible: string[];
  recused: string[];
  voted: number;
  mine: boolean;
}

/** The current round of each initiative: who is eligible or recused, how many voted, and whether `userId` did. */
export function currentRounds(
  em: EntityManager,
  initiativeIds: readonly string[],
  userId: string | null,
): Promise<CurrentRoundRow[]> {
  return queryRows<CurrentRoundRow>(
    em,
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

export interface BoardFigures {
  pending: number;
  overdue: number;
  waitingForMe: number;
  byStatus: StatusCount[];
  approvalsByMonth: Array<{ month: string; count: number }>;
}

/** The board's dashboard: reviews pending, overdue and waiting for `userId`; initiatives by status; approvals by month. */
export async function boardFigures(em: EntityManager, userId: string | null, today: string): Promise<BoardFigures> {
  const params = new SqlParams();
  const reviewing = params.add(UNDER_BOARD_REVIEW);
  const overdue = reviewOverdueSql('i', params, today);
  const counts = await queryOne<{ pending: number; overdue: number }>(
    em,
    `SELECT count(*) FILTER (WHERE i.status = ANY(${reviewing}::initiative_status[]))::int AS pending,
            count(*) FILTER (WHERE ${overdue})::int AS overdue
       FROM initiative i`,
    params.values,
  );
  const waiting = await queryOne<{ waiting: number }>(
    em,
    `SELECT count(*)::int AS waiting FROM initiative i JOIN initiative_round r ON r.initiative_id = i.id AND r.round = i.round
      WHERE i.status = ANY($2::initiative_status[]) AND $1 = ANY(r.eligible_user_ids)
        AND NOT EXISTS (SELECT 1 FROM initiative_vote v WHERE v.initiative_id = i.id AND v.round = i.round AND v.user_id = $1)`,
    [userId, UNDER_BOARD_REVIEW],
  );
  const byStatus = await queryRows<StatusCount>(
    em,
    `SELECT status, count(*)::int AS count FROM initiative GROUP BY status ORDER BY status`,
  );
  const approvalsByMonth = await queryRows<{ month: string; count: number }>(
    em,
    `SELECT to_char(e.at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'MM/YYYY') AS month, count(*)::int AS count
       FROM initiative_event e WHERE e.to_status = $1
      GROUP BY 1, date_trunc('month', e.at AT TIME ZONE 'Asia/Ho_Chi_Minh') ORDER BY date_trunc('month', e.at AT TIME ZONE 'Asia/Ho_Chi_Minh') DESC LIMIT 12`,
    [InitiativeStatus.APPROVED],
  );
  return {
    pending: counts?.pending ?? 0,
    overdue: counts?.overdue ?? 0,
    waitingForMe: waiting?.waiting ?? 0,
    byStatus,
    approvalsByMonth: approvalsByMonth.reverse(),
  };
}

/** How many proposers an initiative has. */
export async function proposerCount(em: EntityManager, initiativeId: string): Promise<number> {
  const row = await queryOne<{ proposers: number }>(
    em,
    `SELECT count(*)::int AS proposers FROM initiative_proposer WHERE initiative_id = $1`,
    [initiativeId],
  );
  return row?.proposers ?? 0;
}

export interface BoardSeat {
  userId: string;
  unitId: string;
  chair: boolean;
}

/** The appraisal board on `day`: its members, their units and who chairs it. */
export function boardOn(em: EntityManager, day: string): Promise<BoardSeat[]> {
  return queryRows<BoardSeat>(
    em,
    `SELECT user_id AS "userId", unit_id AS "unitId", chair FROM board_member
      WHERE valid_from <= $1 AND (valid_to IS NULL OR valid_to > $1)`,
    [day],
  );
}

/** How many of these people exist. */
export async function countPeople(em: EntityManager, personIds: readonly string[]): Promise<number> {
  const row = await queryOne<{ found: number }>(
    em,
    `SELECT count(*)::int AS found FROM person WHERE id = ANY($1::uuid[])`,
    [personIds],
  );
  return row?.found ?? 0;
}

/** The votes cast in a round. */
export function votesOfRound(em: EntityManager, initiativeId: string, round: number): Promise<CastVote[]> {
  return queryRows<CastVote>(
    em,
    `SELECT user_id AS "userId", vote FROM initiative_vote WHERE initiative_id = $1 AND round = $2`,
    [initiativeId, round],
  );
}
