import { describe, expect, it } from '@jest/globals';
import { vietnameseNumber } from '../../admin/vietnamese-input.js';
import { formatDay } from '../../src/common/dates.js';

describe('numbers and days as Vietnamese readers write them', () => {
  it('reads a decimal comma and dots grouping thousands; leaves the rest to the number check', () => {
    expect(vietnameseNumber('8,5')).toBe('8.5');
    expect(vietnameseNumber(' -0,25 ')).toBe('-0.25');
    expect(vietnameseNumber('12.500.000')).toBe('12500000');
    expect(vietnameseNumber('1.234,5')).toBe('1234.5');
    expect(vietnameseNumber('1.5')).toBe('1.5');
    expect(vietnameseNumber('87')).toBe('87');
    expect(vietnameseNumber('8,5,1')).toBe('8,5,1');
  });

  it('writes a day dd/mm/yyyy', () => {
    expect(formatDay('2026-12-15')).toBe('15/12/2026');
    expect(formatDay('2026-12-15T00:00:00.000Z')).toBe('15/12/2026');
    expect(formatDay('không phải ngày')).toBe('không phải ngày');
  });
});
