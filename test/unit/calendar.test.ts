import { describe, expect, it } from '@jest/globals';
import {
  addWorkingDays,
  dueAt,
  isProvisional,
  isWorkingDay,
  makeCalendar,
  missingYears,
  workingDaysBetween,
} from '../../src/calendar/calendar.js';

/** The official days of 2026 that matter here, as the migration ships them. */
const calendar2026 = makeCalendar([
  ...['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'].map((day) => ({
    day,
    kind: 'DAY_OFF' as const,
  })),
  { day: '2026-04-30', kind: 'DAY_OFF' },
  { day: '2026-05-01', kind: 'DAY_OFF' },
]);

describe('calendar (R31) and deadlines (R20), vectors rows 50–52', () => {
  it.each([
    ['row 50: plain weeks', '2026-10-08T10:00:00+07:00', '2026-10-15'],
    ['row 51: 30/4 and 1/5, then the weekend', '2026-04-29T16:00:00+07:00', '2026-05-08'],
    ['row 52: across the Tết break', '2026-02-13T09:00:00+07:00', '2026-02-27'],
  ])('%s', (_name, receivedAt, dueDay) => {
    const due = dueAt(calendar2026, new Date(receivedAt), 5);
    expect(due.toISOString()).toBe(new Date(`${dueDay}T23:59:59.999+07:00`).toISOString());
  });

  it('counts the day of receipt in Asia/Ho_Chi_Minh, not UTC', () => {
    // 23:30 on Wed 7 Oct in the city is still 7 Oct; in UTC it is 16:30 the same day, but 00:30 on the 8th is the 8th.
    const lateEvening = dueAt(calendar2026, new Date('2026-10-07T23:30:00+07:00'), 1);
    const justAfterMidnight = dueAt(calendar2026, new Date('2026-10-08T00:30:00+07:00'), 1);
    expect(lateEvening.toISOString()).toBe(new Date('2026-10-08T23:59:59.999+07:00').toISOString());
    expect(justAfterMidnight.toISOString()).toBe(new Date('2026-10-09T23:59:59.999+07:00').toISOString());
  });

  it('works a make-up Saturday and skips a weekday off', () => {
    const calendar = makeCalendar([
      { day: '2025-04-26', kind: 'MAKE_UP_WORKING_DAY' },
      { day: '2025-05-02', kind: 'DAY_OFF' },
    ]);
    expect(isWorkingDay(calendar, '2025-04-26')).toBe(true);
    expect(isWorkingDay(calendar, '2025-05-02')).toBe(false);
    expect(isWorkingDay(calendar, '2025-04-27')).toBe(false);
    expect(addWorkingDays(calendar, '2025-04-25', 1)).toBe('2025-04-26');
  });

  it('R31 beyond the published years: 1 January 2027 is off though 2027 is not entered, and the deadline is provisional', () => {
    // received Monday 28 December 2026, 5 working days: 29, 30, 31 December, (1 January off), 4 and 5 January
    const due = dueAt(calendar2026, new Date('2026-12-28T09:00:00+07:00'), 5);
    expect(due.toISOString()).toBe(new Date('2027-01-05T23:59:59.999+07:00').toISOString());
    expect(isProvisional(calendar2026, '2026-12-28', '2027-01-05')).toBe(true);
    expect(isProvisional(calendar2026, '2026-10-08', '2026-10-15')).toBe(false);
    for (const day of ['2031-01-01', '2031-04-30', '2031-05-01', '2031-09-02'])
      expect(isWorkingDay(calendar2026, day)).toBe(false);
    expect(missingYears(calendar2026, 2026, 2028)).toEqual([2027, 2028]);
  });

  it('counts working days between two days, either way round', () => {
    expect(workingDaysBetween(calendar2026, '2026-02-13', '2026-02-27')).toBe(5);
    expect(workingDaysBetween(calendar2026, '2026-02-27', '2026-02-13')).toBe(-5);
    expect(workingDaysBetween(calendar2026, '2026-10-08', '2026-10-08')).toBe(0);
  });

  it('refuses a negative or fractional count', () => {
    expect(() => addWorkingDays(calendar2026, '2026-10-08', -1)).toThrow(RangeError);
    expect(() => addWorkingDays(calendar2026, '2026-10-08', 1.5)).toThrow(RangeError);
  });
});
