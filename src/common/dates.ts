/** Days are ISO strings 'YYYY-MM-DD' in Asia/Ho_Chi_Minh; instants are JS Dates. */
export const CITY_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const dayFormatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: CITY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The city's calendar day on which an instant falls. */
export function cityDayOf(instant: Date): string {
  return dayFormatter.format(instant);
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** The day n calendar days after (or before, for negative n) an ISO day. */
export function addDays(day: string, n: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

/** The last instant of a city day: 23:59:59.999 in Asia/Ho_Chi_Minh (UTC+7 all year, no daylight saving). */
export function endOfCityDay(day: string): Date {
  return new Date(`${day}T23:59:59.999+07:00`);
}

/** Whether day lies in the half-open range [from, to); to null means open-ended. */
export function dayInRange(day: string, from: string, to: string | null): boolean {
  return from <= day && (to === null || day < to);
}
