import { hasRole, type Caller } from '../auth/caller.js';
import { ALL, anyOf, definePolicy, NONE, ownRows, where, type Scope } from '../auth/policy.js';
import { HOME_AFFAIRS_OFFICE } from '../auth/role.js';
import { enumValue } from '../common/enum-value.js';
import { EvaluationStatus } from './evaluation.enums.js';

/** R32: an aggregate over fewer people than this is withheld from anyone who does not see every result. */
export const MIN_GROUP = 3;

/** Home Affairs, city leaders and system administrators see every individual result (R32). */
export function seesAllResults(caller: Caller | null): boolean {
  return Boolean(caller?.cityWide);
}

/** R32: an aggregate of `count` people, or null for a caller who may not read so small a group. */
export function aggregateFor<T>(caller: Caller | null, count: number, value: T): T | null {
  return count < MIN_GROUP && !seesAllResults(caller) ? null : value;
}

/** R32: the fewest evaluations in a group a grouped read shows the caller (any non-empty one for whoever sees all). */
export function smallestGroupFor(caller: Caller | null): number {
  return seesAllResults(caller) ? 1 : MIN_GROUP;
}

/**
 * R32: an individual's result is visible to the person, their rater, the rater's superiors (heads of the
 * rater's unit and of the units above it), Home Affairs and city leaders. The rater of a running period is
 * whoever heads the rating unit today (R5), so a head who has left no longer sees it; the rater of a period
 * that has ended is the one recorded on it.
 */
function evaluationScope(caller: Caller): Scope {
  if (seesAllResults(caller)) return ALL;
  const overseen: Scope =
    caller.overseen.length === 0
      ? NONE
      : where((alias, params) => `${alias}.rater_unit_id = ANY(CAST(${params.add(caller.overseen)} AS uuid[]))`);
  const me = caller.user.personId;
  const ratedWhenEnded: Scope = !me
    ? NONE
    : where(
        (alias, params) => `${alias}.rater_person_id = ${params.add(me)}
          AND EXISTS (SELECT 1 FROM evaluation_period ep WHERE ep.id = ${alias}.period_id AND ep.ends_on < CAST(${params.add(caller.day)} AS date))`,
      );
  return anyOf(ownRows(caller, 'person_id'), overseen, ratedWhenEnded);
}

/** R14: a head's inputs for the rater (whoever heads the rating unit today), the head, Home Affairs and city leaders. */
export function mayReadHeadInputs(
  caller: Caller,
  headEvaluation: { personId: string; raterUnitId: string | null },
): boolean {
  if (seesAllResults(caller) || caller.user.personId === headEvaluation.personId) return true;
  return headEvaluation.raterUnitId !== null && caller.headedUnits.includes(headEvaluation.raterUnitId);
}

type EvaluationRow = { personId: string; raterPersonId: string | null; raterUnitId: string | null; status?: unknown };

/** Whether the caller heads the rating unit today: the rater of the day (R5); the service decides for good. */
const ratesToday = (caller: Caller, row: EvaluationRow) =>
  row.raterUnitId !== null && caller.headedUnits.includes(row.raterUnitId);

/**
 * Evaluations change only through the workflow's steps, the service deciding who takes each; the panel offers
 * the person their self-assessment (DRAFT, SELF_ASSESSED), the rater of the day the rating (SELF_ASSESSED) and
 * the approval (REVIEWED).
 */
export const evaluationPolicy = definePolicy<EvaluationRow>({
  resource: 'Evaluation',
  table: 'evaluation',
  scope: evaluationScope,
  can: (caller, action, row) => {
    const hasPerson = caller.user.personId !== null;
    if (action === 'list' || action === 'show') return seesAllResults(caller) || hasPerson;
    if (!row) return action === 'edit' && hasPerson;
    const status = enumValue(EvaluationStatus, row.status);
    if (action === 'edit') {
      const selfAssessing =
        caller.user.personId === row.personId &&
        (status === EvaluationStatus.DRAFT || status === EvaluationStatus.SELF_ASSESSED);
      return selfAssessing || (ratesToday(caller, row) && status === EvaluationStatus.SELF_ASSESSED);
    }
    if (action === 'approve') return ratesToday(caller, row) && status === EvaluationStatus.REVIEWED;
    return false;
  },
});

/** Periods are opened and closed by Home Affairs' office; everyone sees them. */
export const evaluationPeriodPolicy = definePolicy({
  resource: 'EvaluationPeriod',
  table: 'evaluation_period',
  scope: () => ALL,
  can: (caller, action) =>
    action === 'list' ||
    action === 'show' ||
    (['new', 'close', 'notify'].includes(action) && hasRole(caller, ...HOME_AFFAIRS_OFFICE)),
});

/**
 * The rows Home Affairs keeps about units for a period (quota exceptions, targets, satisfaction, coefficients,
 * pay): read by those who see every result, written by Home Affairs' office.
 */
export function officeRecords(resource: string, table: string, options: { editable: boolean } = { editable: true }) {
  return definePolicy({
    resource,
    table,
    scope: (caller) => (seesAllResults(caller) ? ALL : NONE),
    can: (caller, action) => {
      if (action === 'list' || action === 'show') return seesAllResults(caller);
      if (action === 'new' || action === 'delete' || (action === 'edit' && options.editable))
        return hasRole(caller, ...HOME_AFFAIRS_OFFICE);
      return false;
    },
  });
}

export const quotaExceptionPolicy = officeRecords('QuotaException', 'quota_exception', { editable: false });
export const unitTargetPolicy = officeRecords('UnitTarget', 'unit_target');
