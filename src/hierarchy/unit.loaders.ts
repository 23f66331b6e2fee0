import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { datedLoader } from '../common/dated-loader.js';
import { byIdLoader } from '../common/settled-loader.js';
import { lineageOf, type LineageLink } from './plan.queries.js';
import { childrenOn, parentsOn } from './tree.queries.js';
import { Unit } from './unit.entity.js';
import type { createPeopleLoaders } from '../people/people.loaders.js';

export function createUnitLoaders(em: EntityManager) {
  return {
    unitById: byIdLoader(em, Unit),
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

/** The loaders a page of units reads its nested fields through. */
type UnitFieldLoaders = ReturnType<typeof createUnitLoaders> & ReturnType<typeof createPeopleLoaders>;

/**
 * The relations a query asks of a page of units (`nodeFieldsAsked`), each read for the whole page in one batch
 * before graphql-js walks the rows, which then answer at once: parent, and head (head and headWarning).
 */
export async function loadUnitFields(
  loaders: UnitFieldLoaders,
  units: readonly Unit[],
  day: string,
  asked: ReadonlySet<string>,
): Promise<void> {
  const keys = units.map((unit) => ({ id: unit.id, asOf: day }));
  await Promise.all([
    asked.has('parent') ? loaders.parentOn.loadMany(keys) : null,
    asked.has('head') || asked.has('headWarning') ? loaders.headOn.loadMany(keys) : null,
  ]);
}
