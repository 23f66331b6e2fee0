import { addDays, cityDayOf, endOfCityDay, weekday } from '../common/dates.js';

/**
 * The working-day calendar (R31): Monday–Friday, minus official days off, plus official make-up working days
 * (a Saturday worked in exchange). Pure data, passed explicitly to the functions below.
 */
export interface WorkCalendar {
  daysOff: ReadonlySet<string>;
  makeUpDays: ReadonlySet<string>;
}

export function makeCalendar(entries: Iterable<{ day: string; kind: 'DAY_OFF' | 'MAKE_UP_WORKING_DAY' }>): WorkCalendar {
  const daysOff = new Set<string>();
  const makeUpDays = new Set<string>();
  for (const entry of entries) (entry.kind === 'DAY_OFF' ? daysOff : makeUpDays).add(entry.day);
  return { daysOff, makeUpDays };
}

export function isWorkingDay(calendar: WorkCalendar, day: string): boolean {
  if (calendar.makeUpDays.has(day)) return true;
  if (calendar.daysOff.has(day)) return false;
  const dow = weekday(day);
  return dow !== 0 && dow !== 6;
}

/** The n-th working day after `day` (n ≥ 1); n = 0 gives `day` itself. */
export function addWorkingDays(calendar: WorkCalendar, day: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number ≥ 0, got ${n}`);
  let current = day;
  let left = n;
  while (left > 0) {
    current = addDays(current, 1);
    if (isWorkingDay(calendar, current)) left -= 1;
  }
  return current;
}

/** R20: the end (23:59:59, Asia/Ho_Chi_Minh) of the n-th working day after the day of receipt. */
export function dueAt(calendar: WorkCalendar, receivedAt: Date, n: number): Date {
  return endOfCityDay(addWorkingDays(calendar, cityDayOf(receivedAt), n));
}

/** Working days in (from, to]: how many working days pass after `from` up to and including `to`. */
export function workingDaysBetween(calendar: WorkCalendar, from: string, to: string): number {
  if (to < from) return -workingDaysBetweenOrdered(calendar, to, from);
  return workingDaysBetweenOrdered(calendar, from, to);
}

function workingDaysBetweenOrdered(calendar: WorkCalendar, from: string, to: string): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    if (isWorkingDay(calendar, day)) count += 1;
  }
  return count;
}
