import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { datedLoader } from '../common/dated-loader.js';
import { lineageOf, type LineageLink } from './plan.queries.js';
import { childrenOn, parentsOn } from './tree.queries.js';
import { Unit } from './unit.entity.js';

export function createUnitLoaders(em: EntityManager) {
  return {
    unitById: new DataLoader<string, Unit | null>(async (ids) => {
      const units = await em.createQueryBuilder(Unit, 'u').where('u.id = ANY(:ids)', { ids }).getMany();
      const byId = new Map(units.map((unit) => [unit.id, unit]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    parentOn: datedLoader<Unit | null>((ids, asOf) => parentsOn(em, ids, asOf), null),
    childrenOn: datedLoader<Unit[]>((ids, asOf) => childrenOn(em, ids, asOf), []),
    predecessors: new DataLoader<string, LineageLink[]>(async (ids) => {
      const byUnit = await lineageOf(em, ids, 'predecessors');
      return ids.map((id) => byUnit.get(id) ?? []);
    }),
    successors: new DataLoader<string, LineageLink[]>(async (ids) => {
      const byUnit = await lineageOf(em, ids, 'successors');
      return ids.map((id) => byUnit.get(id) ?? []);
    }),
  };
}
