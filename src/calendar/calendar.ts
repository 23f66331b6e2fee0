import { addDays, cityDayOf, endOfCityDay, weekday } from '../common/dates.js';

/**
 * The working-day calendar (R31): Monday–Friday, minus official days off, plus official make-up working days
 * (a Saturday worked in exchange). Pure data, passed explicitly to the functions below.
 */
export interface WorkCalendar {
  daysOff: ReadonlySet<string>;
  makeUpDays: ReadonlySet<string>;
  /** the years whose official notice (Tết, the Hùng Kings' day, days in lieu, make-up days) has been entered */
  noticedYears: ReadonlySet<number>;
}

/** Days off on a fixed date every year (New Year, Reunification Day, Labour Day, National Day): known years ahead. */
export const FIXED_DAYS_OFF: readonly string[] = ['01-01', '04-30', '05-01', '09-02'];

export function makeCalendar(
  entries: Iterable<{ day: string; kind: 'DAY_OFF' | 'MAKE_UP_WORKING_DAY' }>,
): WorkCalendar {
  const daysOff = new Set<string>();
  const makeUpDays = new Set<string>();
  const noticedYears = new Set<number>();
  for (const entry of entries) {
    (entry.kind === 'DAY_OFF' ? daysOff : makeUpDays).add(entry.day);
    noticedYears.add(Number(entry.day.slice(0, 4)));
  }
  return { daysOff, makeUpDays, noticedYears };
}

export function isWorkingDay(calendar: WorkCalendar, day: string): boolean {
  if (calendar.makeUpDays.has(day)) return true;
  if (calendar.daysOff.has(day) || FIXED_DAYS_OFF.includes(day.slice(5))) return false;
  const dow = weekday(day);
  return dow !== 0 && dow !== 6;
}

/**
 * A deadline counted across a year whose notice is not entered is provisional: the fixed-date days off are
 * known, Tết and the days in lieu are not yet.
 */
export function isProvisional(calendar: WorkCalendar, from: string, to: string): boolean {
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) {
    if (!calendar.noticedYears.has(year)) return true;
  }
  return false;
}

/** The years from `from` to `to` whose notice is missing, for the calendar page. */
export function missingYears(calendar: WorkCalendar, from: number, to: number): number[] {
  const years: number[] = [];
  for (let year = from; year <= to; year += 1) if (!calendar.noticedYears.has(year)) years.push(year);
  return years;
}

/** The n-th working day after `day` (n ≥ 1); n = 0 gives `day` itself. */
export function addWorkingDays(calendar: WorkCalendar, day: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number ≥ 0, got ${String(n)}`);
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
