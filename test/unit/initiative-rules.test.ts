import { describe, expect, it } from '@jest/globals';
import { Vote } from '../../src/initiative/initiative.enums.js';
import { isRecused, reviewResult } from '../../src/initiative/initiative.rules.js';

const votes = (spec: Array<[string, Vote]>) => spec.map(([userId, vote]) => ({ userId, vote }));
const { APPROVE: A, REJECT: R, ABSTAIN: X } = Vote;

describe('the board’s result (R27), vectors rows 42–46', () => {
  it.each([
    [
      '42: 7 eligible, 4 approve',
      7,
      votes([
        ['c', A],
        ['m1', A],
        ['m2', A],
        ['m3', A],
        ['m4', R],
        ['m5', R],
        ['m6', X],
      ]),
      'c',
      true,
    ],
    [
      '43: 7 eligible, 3 approve, 3 reject',
      7,
      votes([
        ['c', A],
        ['m1', A],
        ['m2', A],
        ['m3', R],
        ['m4', R],
        ['m5', R],
        ['m6', X],
      ]),
      'c',
      false,
    ],
    [
      '44: 6 eligible, a tie with the chair approving',
      6,
      votes([
        ['c', A],
        ['m1', A],
        ['m2', A],
        ['m3', R],
        ['m4', R],
        ['m5', R],
      ]),
      'c',
      true,
    ],
    [
      '45: 6 eligible, a tie with the chair rejecting',
      6,
      votes([
        ['c', R],
        ['m1', A],
        ['m2', A],
        ['m3', A],
        ['m4', R],
        ['m5', R],
      ]),
      'c',
      false,
    ],
    [
      '46: 6 eligible, the chair recused, 3 approve',
      6,
      votes([
        ['m1', A],
        ['m2', A],
        ['m3', A],
        ['m4', R],
        ['m5', R],
        ['m6', X],
      ]),
      'c',
      false,
    ],
  ])('row %s', (_name, eligible, cast, chair, recommended) => {
    expect(reviewResult(eligible, cast, chair).recommended).toBe(recommended);
  });

  it('recuses the member of the proposing unit or of one of its ancestors', () => {
    expect(isRecused('ward', 'ward', ['district', 'city'])).toBe(true);
    expect(isRecused('district', 'ward', ['district', 'city'])).toBe(true);
    expect(isRecused('justice', 'ward', ['district', 'city'])).toBe(false);
  });
});
