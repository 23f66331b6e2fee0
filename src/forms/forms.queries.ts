import type { EntityManager } from 'typeorm';
import type { Caller } from '../auth/caller.js';
import { appendScope, assertVisible } from '../auth/policy.js';
import { cityDayOf } from '../common/dates.js';
import { InvalidStateError, NotFoundError } from '../common/errors.js';
import { isWellFormedId } from '../common/ids.js';
import { EvaluationStatus, type PeriodKind, type RatingLevel } from '../evaluation/evaluation.enums.js';
import { Position, POSITION_RANK } from '../people/people.enums.js';
import { evaluationPolicy } from '../evaluation/evaluation.policy.js';
import { splitOf } from '../evaluation/evaluation.rules.js';
import { VALID_ON } from '../common/validity.js';
import { subtreeIdsOn } from '../hierarchy/tree.queries.js';
import { DECIDABLE, InitiativeStatus } from '../initiative/initiative.enums.js';
import { initiativePolicy, initiativeVotePolicy } from '../initiative/initiative.policy.js';
import { loadSettings } from '../settings/settings.js';
import type { EvaluationFormData } from './evaluation-form.js';
import type { InitiativeMinutesData, MinutesVote } from './initiative-minutes.js';
import type { SummaryFormData } from './summary-form.js';
import { queryRows, queryOne } from '../common/queries.js';

/** The unit's name and its parent's on a day (the letterhead names both: "UBND QUẬN BÌNH TÂN / PHƯỜNG …"). */
async function unitWithParent(
  em: EntityManager,
  unitId: string,
  day: string,
): Promise<{ name: string; parentName: string | null } | null> {
  const rows = await queryRows<{ name: string; parent_name: string | null }>(
    em,
    `SELECT u.name, (SELECT p.name FROM unit_link l JOIN unit p ON p.id = l.parent_id WHERE l.unit_id = u.id AND ${VALID_ON('l')}) AS parent_name
       FROM unit u WHERE u.id = $1`,
    [unitId, day],
  );
  const row = rows.at(0);
  return row ? { name: row.name, parentName: row.parent_name } : null;
}

type Form = EvaluationFormData;

/** The columns of an evaluation that its form prints, with its person, period and rater. */
interface EvaluationFormRow {
  unit_id: string;
  full_name: string;
  position: Form['position'];
  staff_type: Form['staffType'];
  period_kind: Form['period']['kind'];
  year: number;
  quarter: number | null;
  month: number | null;
  ends_on: string;
  rule_set: Form['ruleSet'];
  status: Form['status'];
  self_parts: Form['selfParts'];
  self_criteria: Form['selfCriteria'];
  self_score: string | null;
  narrative: string | null;
  parts: Form['parts'];
  criteria: Form['criteria'];
  score: string | null;
  level: Form['level'];
  reason: string | null;
  comment: string | null;
  collective_comment: string | null;
  party_comment: string | null;
  explanation: string[] | null;
  rater_name: string | null;
  rater_unit_name: string | null;
  approved_on: string | null;
}

/** The evaluation form's data, for a caller who may see the evaluation (R32); anyone else gets NOT_FOUND. */
export async function evaluationFormData(
  em: EntityManager,
  caller: Caller,
  evaluationId: string,
): Promise<EvaluationFormData> {
  await assertVisible(em, evaluationPolicy, caller, evaluationId, ['phiếu đánh giá', 'Evaluation']);
  const row = await queryOne<EvaluationFormRow>(
    em,
    `SELECT e.*, p.full_name, ep.kind AS period_kind, ep.year, ep.quarter, ep.month, ep.ends_on,
            r.full_name AS rater_name, ru.name AS rater_unit_name,
            (SELECT to_char(max(ev.at) AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') FROM evaluation_event ev
              WHERE ev.evaluation_id = e.id AND ev.to_status = 'APPROVED') AS approved_on
       FROM evaluation e
       JOIN person p ON p.id = e.person_id
       JOIN evaluation_period ep ON ep.id = e.period_id
       LEFT JOIN person r ON r.id = e.rater_person_id
       LEFT JOIN unit ru ON ru.id = e.rater_unit_id
      WHERE e.id = $1`,
    [evaluationId],
  );
  if (!row) throw new NotFoundError('phiếu đánh giá', 'Evaluation');
  const unit = await unitWithParent(em, row.unit_id, row.ends_on);
  const settings = await loadSettings(em);
  const numeric = (value: string | null) => (value === null ? null : Number(value));
  return {
    person: { fullName: row.full_name },
    position: row.position,
    staffType: row.staff_type,
    unit: unit ?? { name: '', parentName: null },
    period: { kind: row.period_kind, year: row.year, quarter: row.quarter, month: row.month },
    ruleSet: row.rule_set,
    split: row.rule_set ? splitOf(row.rule_set, settings) : { general: 30, task: 70 },
    status: row.status,
    selfParts: row.self_parts,
    selfCriteria: row.self_criteria,
    selfScore: numeric(row.self_score),
    narrative: row.narrative,
    parts: row.parts,
    criteria: row.criteria,
    score: numeric(row.score),
    level: row.level,
    reason: row.reason,
    comment: row.comment,
    collectiveComment: row.collective_comment,
    partyComment: row.party_comment,
    explanation: row.explanation ?? [],
    rater: row.rater_name ? { fullName: row.rater_name, unitName: row.rater_unit_name } : null,
    approvedOn: row.approved_on,
  };
}

/**
 * The summary list of a unit's results in a period (danh sách tổng hợp): the evaluations of the unit (and its
 * sub-units on the period's last day, when asked) that the caller may see (R32). A caller who sees none of them
 * gets NOT_FOUND, as for a unit or period that does not exist.
 */
export async function summaryFormData(
  em: EntityManager,
  caller: Caller,
  periodId: string,
  unitId: string,
  includeSubunits: boolean,
): Promise<SummaryFormData> {
  const notFound = () => new NotFoundError('danh sách tổng hợp', 'Summary');
  if (!isWellFormedId(periodId) || !isWellFormedId(unitId)) throw notFound();
  type Summary = SummaryFormData;
  const period = await queryOne<{
    kind: Summary['period']['kind'];
    year: number;
    quarter: number | null;
    month: number | null;
    ends_on: string;
  }>(em, `SELECT kind, year, quarter, month, ends_on FROM evaluation_period WHERE id = $1`, [periodId]);
  const unit = period ? await unitWithParent(em, unitId, period.ends_on) : null;
  if (!period || !unit) throw notFound();
  const unitIds = includeSubunits ? await subtreeIdsOn(em, unitId, period.ends_on) : [unitId];
  const params: unknown[] = [periodId, unitIds];
  const scope = appendScope(evaluationPolicy.scope(caller), 'e', params);
  const rows = await queryRows<{
    full_name: string;
    position: Summary['rows'][number]['position'];
    staff_type: Summary['rows'][number]['staffType'];
    unit_name: string;
    score: string | null;
    level: RatingLevel | null;
    status: EvaluationStatus;
  }>(
    em,
    `SELECT p.full_name, e.position, e.staff_type, u.name AS unit_name, e.score, e.level, e.status
         FROM evaluation e JOIN person p ON p.id = e.person_id JOIN unit u ON u.id = e.unit_id
        WHERE e.period_id = $1 AND e.unit_id = ANY($2::uuid[]) AND ${scope}
        ORDER BY u.name, array_position($${params.push(POSITION_RANK)}::"position"[], e.position), p.full_name, e.id`,
    params,
  );
  if (rows.length === 0) throw notFound();
  const head = await queryOne<{ full_name: string }>(
    em,
    `SELECT p.full_name FROM appointment a JOIN person p ON p.id = a.person_id
      WHERE a.unit_id = $1 AND a.position = $3 AND ${VALID_ON('a')} ORDER BY a.acting LIMIT 1`,
    [unitId, period.ends_on, Position.HEAD],
  );
  return {
    unit,
    period: { kind: period.kind, year: period.year, quarter: period.quarter, month: period.month },
    head: head?.full_name ?? null,
    rows: rows.map((row) => ({
      fullName: row.full_name,
      position: row.position,
      staffType: row.staff_type,
      unitName: row.unit_name,
      score: row.score === null ? null : Number(row.score),
      level: row.level,
      status: row.status,
    })),
  };
}

/** The columns of an initiative that its minutes print, with its unit and proposers. */
interface InitiativeMinutesRow {
  title: string;
  unit_name: string;
  proposers: string[];
  problem: string;
  content: string;
  expected_impact: string;
  review_due_on: string | null;
  result_recorded_at: Date | null;
  result_explanation: string | null;
}

/**
 * The board's review minutes of an initiative: its last round whose result is recorded, with the votes the
 * caller may read (R27: sealed until then — so there are no minutes before the result).
 */
export async function initiativeMinutesData(
  em: EntityManager,
  caller: Caller,
  initiativeId: string,
): Promise<InitiativeMinutesData> {
  await assertVisible(em, initiativePolicy, caller, initiativeId, ['sáng kiến', 'Initiative']);
  const initiative = await queryOne<InitiativeMinutesRow>(
    em,
    `SELECT i.*, u.name AS unit_name,
            (SELECT coalesce(array_agg(p.full_name ORDER BY p.full_name), '{}') FROM initiative_proposer ip JOIN person p ON p.id = ip.person_id
              WHERE ip.initiative_id = i.id) AS proposers
       FROM initiative i JOIN unit u ON u.id = i.unit_id WHERE i.id = $1`,
    [initiativeId],
  );
  const round = await queryOne<{
    round: number;
    submitted_on: string;
    eligible_user_ids: string[];
    recused_user_ids: string[];
    chair_user_id: string | null;
    outcome: InitiativeStatus;
  }>(
    em,
    `SELECT round, submitted_on, eligible_user_ids, recused_user_ids, chair_user_id, outcome FROM initiative_round
        WHERE initiative_id = $1 AND outcome = ANY($2::initiative_status[]) ORDER BY round DESC LIMIT 1`,
    [initiativeId, DECIDABLE],
  );
  if (!initiative) throw new NotFoundError('sáng kiến', 'Initiative');
  if (!round)
    throw new InvalidStateError(
      'Sáng kiến chưa có kết quả thẩm định: chưa có biên bản.',
      'No review result is recorded yet: there are no minutes.',
    );
  const params: unknown[] = [initiativeId, round.round];
  const unsealed = appendScope(initiativeVotePolicy.scope(caller), 'v', params);
  const votes = await queryRows<MinutesVote & { user_id: string }>(
    em,
    `SELECT v.user_id, v.novelty, v.feasibility, v.impact, v.scope, v.vote, v.comment FROM initiative_vote v
      WHERE v.initiative_id = $1 AND v.round = $2 AND ${unsealed}`,
    params,
  );
  const memberIds = [...new Set([...round.eligible_user_ids, ...round.recused_user_ids])];
  const members = await queryRows<{ id: string; username: string; full_name: string | null }>(
    em,
    `SELECT u.id, u.username, p.full_name FROM app_user u LEFT JOIN person p ON p.id = u.person_id WHERE u.id = ANY($1::uuid[])`,
    [memberIds],
  );
  const nameOf = (id: string) => {
    const member = members.find((m) => m.id === id);
    return member?.full_name ?? member?.username ?? '';
  };
  const settings = await loadSettings(em);
  return {
    title: initiative.title,
    unitName: initiative.unit_name,
    proposers: initiative.proposers,
    problem: initiative.problem,
    content: initiative.content,
    expectedImpact: initiative.expected_impact,
    round: round.round,
    submittedOn: round.submitted_on,
    reviewDueOn: initiative.review_due_on,
    recordedOn: initiative.result_recorded_at ? cityDayOf(initiative.result_recorded_at) : null,
    outcome: round.outcome,
    resultExplanation: initiative.result_explanation,
    rubricMax: settings['initiative.rubricMax'],
    chair: round.chair_user_id ? nameOf(round.chair_user_id) : null,
    members: round.eligible_user_ids
      .map((id) => {
        const vote = votes.find((v) => v.user_id === id);
        return {
          name: nameOf(id),
          chair: id === round.chair_user_id,
          vote: vote
            ? {
                novelty: vote.novelty,
                feasibility: vote.feasibility,
                impact: vote.impact,
                scope: vote.scope,
                vote: vote.vote,
                comment: vote.comment,
              }
            : null,
        };
      })
      .sort((a, b) => Number(b.chair) - Number(a.chair) || a.name.localeCompare(b.name, 'vi')),
    recused: round.recused_user_ids.map(nameOf),
  };
}

type SummaryPeriod = { id: string; kind: PeriodKind; year: number; quarter: number | null; month: number | null };

/** The periods in which the caller may see some evaluation of a unit (R32), the newest first: its summary lists. */
export async function summaryPeriodsOf(em: EntityManager, caller: Caller, unitId: string): Promise<SummaryPeriod[]> {
  if (!isWellFormedId(unitId)) return [];
  const params: unknown[] = [unitId];
  const scope = appendScope(evaluationPolicy.scope(caller), 'e', params);
  const periods = await queryRows<SummaryPeriod>(
    em,
    `SELECT ep.id, ep.kind, ep.year, ep.quarter, ep.month FROM evaluation_period ep
      WHERE ep.kind <> 'MONTH' AND EXISTS (SELECT 1 FROM evaluation e WHERE e.period_id = ep.id AND e.unit_id = $1 AND ${scope})
      ORDER BY ep.starts_on DESC, ep.kind`,
    params,
  );
  return periods;
}
