import { describe, expect, it } from '@jest/globals';
import { createsCycle, mergeShapeProblems } from '../../src/hierarchy/hierarchy.rules.js';
import { stepShapeProblems } from '../../src/hierarchy/plan.rules.js';
import { StepKind, UnitKind } from '../../src/hierarchy/hierarchy.enums.js';

describe('hierarchy rules (R1, R2)', () => {
  it('a unit cannot become its own ancestor', () => {
    expect(createsCycle('a', 'a', [])).toBe(true);
    expect(createsCycle('a', 'grandchild', ['child', 'a', 'root'])).toBe(true);
    expect(createsCycle('a', 'sibling', ['root'])).toBe(false);
  });

  it('a merge names its sources once and exactly one target', () => {
    const date = '2025-01-01';
    expect(mergeShapeProblems({ sourceIds: ['a', 'b'], targetId: 'c', hasNewTarget: false, date })).toEqual([]);
    expect(mergeShapeProblems({ sourceIds: [], targetId: 'c', hasNewTarget: false, date }).map((p) => p.field)).toEqual(
      ['sourceIds'],
    );
    expect(
      mergeShapeProblems({ sourceIds: ['a', 'a'], targetId: 'c', hasNewTarget: false, date }).map((p) => p.field),
    ).toEqual(['sourceIds']);
    expect(
      mergeShapeProblems({ sourceIds: ['a'], targetId: 'c', hasNewTarget: true, date }).map((p) => p.field),
    ).toEqual(['targetId']);
    expect(
      mergeShapeProblems({ sourceIds: ['a'], targetId: 'a', hasNewTarget: false, date }).map((p) => p.field),
    ).toEqual(['targetId']);
    expect(
      mergeShapeProblems({ sourceIds: ['a'], hasNewTarget: true, newTargetValidFrom: '2025-02-01', date }).map(
        (p) => p.field,
      ),
    ).toEqual(['newTarget.validFrom']);
  });
});

describe('a reorganisation step’s shape', () => {
  it('abolishing a level names a real level, never the city (the root of every other)', () => {
    const abolish = (unitKind: string) =>
      stepShapeProblems({ kind: StepKind.ABOLISH_LEVEL, unitKind: unitKind as UnitKind }, 0);
    expect(abolish(UnitKind.DISTRICT)).toEqual([]);
    expect(abolish(UnitKind.CITY).map((problem) => problem.field)).toEqual(['steps[0].unitKind']);
    expect(abolish('PROVINCE_OF_NOWHERE').map((problem) => problem.field)).toEqual(['steps[0].unitKind']);
  });
});
