import type { EntityManager } from 'typeorm';
import { appendScope, type Scope } from '../auth/policy.js';
import { Position } from '../people/people.enums.js';
import {
  APPROVED_STATUSES,
  EvaluationStatus,
  PeriodKind,
  PeriodStatus,
  RATED_STATUSES,
  RatingLevel,
  type RuleSetId,
} from './evaluation.enums.js';
import type { Criteria, ScoreParts } from './rule-sets/rule-set.js';
import { periodName } from './period.rules.js';
import { quotaDecision, type QuotaDecision } from './quota.rules.js';
import { queryRows } from '../common/queries.js';

/** One evaluation as a worklist shows it: the person, the unit (with its parent today), the period, the result. */
export interface WorkItem {
  id: string;
  version: number;
  personId: string;
  fullName: string;
  position: Position;
  unitId: string;
  unitName: string;
  parentUnitName: string | null;
  periodId: string;
  periodName: string;
  periodKind: PeriodKind;
  periodStatus: string;
  raterUnitId: string | null;
  raterUnitName: string | null;
  ruleSet: RuleSetId | null;
  status: EvaluationStatus;
  selfScore: number | null;
  selfParts: ScoreParts | null;
  selfCriteria: Criteria | null;
  narrative: string | null;
  score: number | null;
  parts: ScoreParts | null;
  criteria: Criteria | null;
  computedLevel: RatingLevel | null;
  level: RatingLevel | null;
  reason: string | null;
  comment: string | null;
  explanation: string[];
  warnings: string[];
  notifiedAt: Date | null;
}

/** A rater's group in a period: the evaluations one unit's head rates, with R15's quota for a YEAR. */
export interface RatingGroup {
  periodId: string;
  periodName: string;
  periodKind: PeriodKind;
  raterUnitId: string | null;
  raterUnitName: string | null;
  items: WorkItem[];
  quota: (QuotaDecision & { excellent: number; good: number; exception: boolean }) | null;
}

interface WorkRow {
  id: string;
  version: number;
  person_id: string;
  full_name: string;
  position: Position;
  unit_id: string;
  unit_name: string;
  parent_unit_name: string | null;
  period_id: string;
  period_kind: PeriodKind;
  period_status: string;
  year: number;
  quarter: number | null;
  month: number | null;
  rater_unit_id: string | null;
  rater_unit_name: string | null;
  rule_set: RuleSetId | null;
  status: EvaluationStatus;
  self_score: string | null;
  self_parts: ScoreParts | null;
  self_criteria: Criteria | null;
  narrative: string | null;
  score: string | null;
  parts: ScoreParts | null;
  criteria: Criteria | null;
  computed_level: RatingLevel | null;
  level: RatingLevel | null;
  reason: string | null;
  comment: string | null;
  explanation: string[] | null;
  warnings: string[] | null;
  notified_at: Date | null;
}

const WORK_SELECT = `
  SELECT e.id, e.version, e.person_id, p.full_name, e.position, e.unit_id, u.name AS unit_name,
         (SELECT pu.name FROM unit_link l JOIN unit pu ON pu.id = l.parent_id
           WHERE l.unit_id = e.unit_id AND l.valid_from <= $1::date AND (l.valid_to IS NULL OR l.valid_to > $1::date) LIMIT 1) AS parent_unit_name,
         e.period_id, ep.kind AS period_kind, ep.status AS period_status, ep.year, ep.quarter, ep.month,
         e.rater_unit_id, ru.name AS rater_unit_name, e.rule_set, e.status, e.self_score, e.self_parts, e.self_criteria, e.narrative,
         e.score, e.parts, e.criteria, e.computed_level, e.level, e.reason, e.comment, e.explanation, e.warnings, e.notified_at
    FROM evaluation e
    JOIN evaluation_period ep ON ep.id = e.period_id
    JOIN person p ON p.id = e.person_id
    JOIN unit u ON u.id = e.unit_id
    LEFT JOIN unit ru ON ru.id = e.rater_unit_id`;

const number = (value: string | null) => (value === null ? null : Number(value));

function workItem(row: WorkRow): WorkItem {
  return {
    id: row.id,
    version: row.version,
    personId: row.person_id,
    fullName: row.full_name,
    position: row.position,
    unitId: row.unit_id,
    unitName: row.unit_name,
    parentUnitName: row.parent_unit_name,
    periodId: row.period_id,
    periodName: periodName({ kind: row.period_kind, year: row.year, quarter: row.quarter, month: row.month }),
    periodKind: row.period_kind,
    periodStatus: row.period_status,
    raterUnitId: row.rater_unit_id,
    raterUnitName: row.rater_unit_name,
    ruleSet: row.rule_set,
    status: row.status,
    selfScore: number(row.self_score),
    selfParts: row.self_parts,
    selfCriteria: row.self_criteria,
    narrative: row.narrative,
    score: number(row.score),
    parts: row.parts,
    criteria: row.criteria,
    computedLevel: row.computed_level,
    level: row.level,
    reason: row.reason,
    comment: row.comment,
    explanation: row.explanation ?? [],
    warnings: row.warnings ?? [],
    notifiedAt: row.notified_at,
  };
}

/** A person's own evaluations, the newest period first (R32: always theirs to see). */
export async function evaluationsOf(em: EntityManager, personId: string, day: string): Promise<WorkItem[]> {
  const rows = await queryRows<WorkRow>(
    em,
    `${WORK_SELECT} WHERE e.person_id = $2 ORDER BY ep.starts_on DESC, ep.kind LIMIT 20`,
    [day, personId],
  );
  return rows.map(workItem);
}

/**
 * What a head rates today: the evaluations of open periods whose rater is this person (R5, decided on the day),
 * grouped by period and rating unit, each YEAR group with its R15 counts as rated so far.
 */
export async function groupsRatedBy(em: EntityManager, personId: string, day: string): Promise<RatingGroup[]> {
  const rows = await queryRows<WorkRow>(
    em,
    `${WORK_SELECT} WHERE e.rater_person_id = $2 AND ep.status = $3 AND e.rule_set IS NOT NULL
      ORDER BY ep.starts_on DESC, ep.kind, ru.name, e.position = $4 DESC, p.full_name`,
    [day, personId, PeriodStatus.OPEN, Position.HEAD],
  );
  const groups = new Map<string, RatingGroup>();
  for (const row of rows) {
    const key = `${row.period_id}/${row.rater_unit_id ?? ''}`;
    const item = workItem(row);
    const group = groups.get(key) ?? {
      periodId: item.periodId,
      periodName: item.periodName,
      periodKind: item.periodKind,
      raterUnitId: item.raterUnitId,
      raterUnitName: item.raterUnitName,
      items: [],
      quota: null,
    };
    group.items.push(item);
    groups.set(key, group);
  }
  const result = [...groups.values()];
  const yearGroups = result.filter((group) => group.periodKind === PeriodKind.YEAR && group.raterUnitId);
  if (yearGroups.length > 0) {
    const counts = await queryRows<{
      period_id: string;
      rater_unit_id: string;
      excellent: number;
      good: number;
      exception: boolean;
    }>(
      em,
      `SELECT g.period_id, g.rater_unit_id,
              count(e.id) FILTER (WHERE e.level = $3::rating_level)::int AS excellent,
              count(e.id) FILTER (WHERE e.level = $4::rating_level)::int AS good,
              EXISTS (SELECT 1 FROM quota_exception q WHERE q.period_id = g.period_id AND q.rater_unit_id = g.rater_unit_id) AS exception
         FROM unnest($1::uuid[], $2::uuid[]) AS g(period_id, rater_unit_id)
         LEFT JOIN evaluation e ON e.period_id = g.period_id AND e.rater_unit_id = g.rater_unit_id AND e.status = ANY($5::evaluation_status[])
        GROUP BY g.period_id, g.rater_unit_id`,
      [
        yearGroups.map((group) => group.periodId),
        yearGroups.map((group) => group.raterUnitId),
        RatingLevel.EXCELLENT,
        RatingLevel.GOOD,
        RATED_STATUSES,
      ],
    );
    for (const row of counts) {
      const group = yearGroups.find(
        (candidate) => candidate.periodId === row.period_id && candidate.raterUnitId === row.rater_unit_id,
      ) as RatingGroup;
      group.quota = {
        ...quotaDecision(row, row.exception),
        excellent: row.excellent,
        good: row.good,
        exception: row.exception,
      };
    }
  }
  return result;
}

/** A period's progress by rating group: how many evaluations stand at each step, and how many keep it from closing. */
export interface GroupProgress {
  raterUnitId: string | null;
  raterUnitName: string | null;
  parentUnitName: string | null;
  total: number;
  draft: number;
  selfAssessed: number;
  reviewed: number;
  approved: number;
  notified: number;
  blocking: number;
}

/** Progress of a period by rating group, within the caller's scope (the evaluation policy), blockers first. */
export async function periodProgress(
  em: EntityManager,
  periodId: string,
  day: string,
  scope: Scope,
): Promise<GroupProgress[]> {
  const params: unknown[] = [
    periodId,
    day,
    EvaluationStatus.DRAFT,
    EvaluationStatus.SELF_ASSESSED,
    EvaluationStatus.REVIEWED,
    EvaluationStatus.APPROVED,
    APPROVED_STATUSES,
  ];
  const rows = await queryRows<Record<string, unknown>>(
    em,
    `SELECT e.rater_unit_id, ru.name AS rater_unit_name,
            (SELECT pu.name FROM unit_link l JOIN unit pu ON pu.id = l.parent_id
              WHERE l.unit_id = e.rater_unit_id AND l.valid_from <= $2::date AND (l.valid_to IS NULL OR l.valid_to > $2::date) LIMIT 1) AS parent_unit_name,
            count(*)::int AS total,
            count(*) FILTER (WHERE e.status = $3::evaluation_status)::int AS draft,
            count(*) FILTER (WHERE e.status = $4::evaluation_status)::int AS self_assessed,
            count(*) FILTER (WHERE e.status = $5::evaluation_status)::int AS reviewed,
            count(*) FILTER (WHERE e.status = $6::evaluation_status)::int AS approved,
            count(*) FILTER (WHERE e.status = ANY($7::evaluation_status[]) AND e.status <> $6::evaluation_status)::int AS notified,
            count(*) FILTER (WHERE e.rater_person_id IS NOT NULL AND NOT (e.status = ANY($7::evaluation_status[])))::int AS blocking
       FROM evaluation e LEFT JOIN unit ru ON ru.id = e.rater_unit_id
      WHERE e.period_id = $1 AND ${appendScope(scope, 'e', params)}
      GROUP BY e.rater_unit_id, ru.name
      ORDER BY count(*) FILTER (WHERE e.rater_person_id IS NOT NULL AND NOT (e.status = ANY($7::evaluation_status[]))) DESC, ru.name`,
    params,
  );
  return rows.map((row) => ({
    raterUnitId: row.rater_unit_id as string | null,
    raterUnitName: row.rater_unit_name as string | null,
    parentUnitName: row.parent_unit_name as string | null,
    total: row.total as number,
    draft: row.draft as number,
    selfAssessed: row.self_assessed as number,
    reviewed: row.reviewed as number,
    approved: row.approved as number,
    notified: row.notified as number,
    blocking: row.blocking as number,
  }));
}

/** Who keeps a period from closing in one rating group: every evaluation not yet approved, within the caller's scope. */
export async function blockersOf(
  em: EntityManager,
  periodId: string,
  raterUnitId: string,
  day: string,
  scope: Scope,
): Promise<WorkItem[]> {
  const params: unknown[] = [day, periodId, raterUnitId, APPROVED_STATUSES];
  const rows = await queryRows<WorkRow>(
    em,
    `${WORK_SELECT} WHERE e.period_id = $2 AND e.rater_unit_id = $3 AND e.rater_person_id IS NOT NULL
        AND NOT (e.status = ANY($4::evaluation_status[])) AND ${appendScope(scope, 'e', params)}
      ORDER BY e.status, p.full_name`,
    params,
  );
  return rows.map(workItem);
}
