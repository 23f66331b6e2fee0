import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import type { EvaluationEvent } from './evaluation-event.entity.js';
import { EvaluationPeriod } from './evaluation-period.entity.js';
import { historyOf } from './evaluation.queries.js';
import type { EvaluationBeside, EvaluationPage } from './evaluation.queries.js';
import type { createUnitLoaders } from '../hierarchy/unit.loaders.js';
import type { createPeopleLoaders } from '../people/people.loaders.js';
import { byIdLoader } from '../common/settled-loader.js';

export function createEvaluationLoaders(em: EntityManager) {
  return {
    periodById: byIdLoader(em, EvaluationPeriod),
    historyOf: new DataLoader<string, Array<EvaluationEvent & { username: string | null }>>(async (ids) => {
      const history = await historyOf(em, ids);
      return ids.map((id) => history.get(id) ?? []);
    }),
  };
}

/** The loaders a page of evaluations reads its nested fields through. */
type EvaluationFieldLoaders = ReturnType<typeof createEvaluationLoaders> &
  ReturnType<typeof createUnitLoaders> &
  ReturnType<typeof createPeopleLoaders>;

/** What a page of evaluations reads beside its rows for the fields a query asks (`nodeFieldsAsked`). */
export function besideAsked(asked: ReadonlySet<string>): ReadonlySet<EvaluationBeside> {
  const beside = new Set<EvaluationBeside>();
  if (asked.has('person')) beside.add('person');
  if (asked.has('unit')) beside.add('unit').add('period'); // a unit is seen on its period's last day
  if (asked.has('period')) beside.add('period');
  return beside;
}

/**
 * The relations a query asks of a page of evaluations (`nodeFieldsAsked`), there before graphql-js walks the rows,
 * which then answer at once: those the page's statement read beside them (`besideAsked`) primed, a rater read for
 * the whole page in one batch.
 */
export async function loadEvaluationFields(
  loaders: EvaluationFieldLoaders,
  { evaluations, beside }: EvaluationPage,
  asked: ReadonlySet<string>,
): Promise<void> {
  evaluations.forEach((evaluation, i) => {
    const person = beside.person?.[i];
    const unit = beside.unit?.[i];
    const period = beside.period?.[i];
    if (person !== undefined) loaders.personById.prime(evaluation.personId, person);
    if (unit !== undefined) loaders.unitById.prime(evaluation.unitId, unit);
    if (period !== undefined) loaders.periodById.prime(evaluation.periodId, period);
  });
  if (asked.has('rater')) await loaders.personById.loadMany(evaluations.flatMap((e) => e.raterPersonId ?? []));
}
