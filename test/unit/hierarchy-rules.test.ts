import { describe, expect, it } from '@jest/globals';
import { createsCycle, mergeShapeProblems } from '../../src/hierarchy/hierarchy.rules.js';

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
