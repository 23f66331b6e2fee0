import { describe, expect, it } from '@jest/globals';
import {
  readAmount,
  readDay,
  readFlag,
  readRows,
  recogniseHeader,
  type ParsedImport,
} from '../../src/people/import/people-import.rules.js';

const empty = (): ParsedImport => ({ people: [], appointments: [], absences: [], pay: [], errors: [] });

describe('reading the cells of a people import', () => {
  it('days: ISO, dd/mm/yyyy and date cells; impossible days refused', () => {
    expect(readDay('2025-07-01')).toBe('2025-07-01');
    expect(readDay('1/7/2025')).toBe('2025-07-01');
    expect(readDay(new Date(Date.UTC(2025, 6, 1)))).toBe('2025-07-01');
    expect(readDay('')).toBeNull();
    expect(() => readDay('31/02/2025')).toThrow('không phải ngày hợp lệ');
  });

  it('amounts in đồng with Vietnamese or English thousands separators; decimals and negatives refused', () => {
    expect(readAmount('5.250.000')).toBe(5_250_000);
    expect(readAmount('5,250,000')).toBe(5_250_000);
    expect(readAmount(5_250_000)).toBe(5_250_000);
    expect(() => readAmount('5250000,5')).toThrow('không phải số tiền hợp lệ');
    expect(() => readAmount(-1)).toThrow('không phải số tiền hợp lệ');
  });

  it('flags: "có" or empty', () => {
    expect(readFlag('Có')).toBe(true);
    expect(readFlag('')).toBe(false);
    expect(() => readFlag('maybe')).toThrow('phải là "có"');
  });

  it('a sheet is known by its header, in any column order, by label or key; an unknown column makes it unknown', () => {
    expect(recogniseHeader(['Loại', 'họ và tên', 'staff_number'])?.kind).toBe('people');
    expect(recogniseHeader(['Số hiệu cán bộ', 'Họ và tên', 'Loại', 'Ngày sinh'])).toBeNull();
    expect(recogniseHeader(['Số hiệu cán bộ', 'Lương tháng'])?.kind).toBe('pay');
  });

  it('each bad cell on its row and column; a pay row needs exactly one basis, a fixed amount at most 3,000,000', () => {
    const into = empty();
    const header = recogniseHeader(['Số hiệu cán bộ', 'Lương tháng', 'Mức khoán tháng']);
    readRows(
      'pay',
      [
        ['A1', '6000000', ''],
        ['A2', '', ''],
        ['A3', '', '3.500.000'],
        ['A4', 'sáu triệu', ''],
      ],
      header?.positions ?? new Map(),
      2,
      into,
    );
    expect(into.pay.map((row) => row.staffNumber)).toEqual(['A1']);
    expect(into.errors).toEqual([
      { sheet: 'Lương', row: 3, column: null, message: 'cần đúng một trong hai: lương tháng hoặc mức khoán tháng' },
      { sheet: 'Lương', row: 4, column: 'Mức khoán tháng', message: 'tối đa 3.000.000 đồng' },
      {
        sheet: 'Lương',
        row: 5,
        column: 'Lương tháng',
        message: '"sáu triệu" không phải số tiền hợp lệ (số nguyên đồng, không âm)',
      },
    ]);
  });
});
