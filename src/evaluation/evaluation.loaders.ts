import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import type { EvaluationEvent } from './evaluation-event.entity.js';
import { EvaluationPeriod } from './evaluation-period.entity.js';
import { historyOf } from './evaluation.queries.js';

export function createEvaluationLoaders(em: EntityManager) {
  return {
    periodById: new DataLoader<string, EvaluationPeriod | null>(async (ids) => {
      const periods = await em.createQueryBuilder(EvaluationPeriod, 'p').where('p.id = ANY(:ids)', { ids }).getMany();
      const byId = new Map(periods.map((period) => [period.id, period]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    historyOf: new DataLoader<string, Array<EvaluationEvent & { username: string | null }>>(async (ids) => {
      const history = await historyOf(em, ids);
      return ids.map((id) => history.get(id) ?? []);
    }),
  };
}
