import { describe, expect, it } from '@jest/globals';
import { isValidOn } from '../../src/common/validity.js';

describe('a validity [validFrom, validTo)', () => {
  const closed = { validFrom: '2025-01-01', validTo: '2025-07-01' };

  it('holds from its first day up to the day before validTo', () => {
    expect(isValidOn(closed, '2025-01-01')).toBe(true);
    expect(isValidOn(closed, '2025-06-30')).toBe(true);
  });

  it('does not hold before its first day, nor on validTo (the first day it no longer holds)', () => {
    expect(isValidOn(closed, '2024-12-31')).toBe(false);
    expect(isValidOn(closed, '2025-07-01')).toBe(false);
  });

  it('holds on every day from its first when validTo is null', () => {
    const open = { validFrom: '2025-01-01', validTo: null };
    expect(isValidOn(open, '2024-12-31')).toBe(false);
    expect(isValidOn(open, '2025-01-01')).toBe(true);
    expect(isValidOn(open, '2099-12-31')).toBe(true);
  });
});
