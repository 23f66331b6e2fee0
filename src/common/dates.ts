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

/** A day as Vietnamese readers write it: '2026-12-15' (or an instant's ISO text starting so) → '15/12/2026'. */
export function formatDay(day: string): string {
  const [, year, month, date] = ISO_DAY.exec(day.slice(0, 10)) ?? [];
  return year && month && date ? `${date}/${month}/${year}` : day;
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

/** A span of days [from, to): `to` is the first day after it. */
export interface DaySpan {
  from: string;
  to: string;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The same day of the month `n` months later, kept within that month (31 January + 1 month → 28/29 February). */
function addMonthsClamped(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(Math.min(d, daysInMonth(year, month))).padStart(2, '0')}`;
}

/** Days between two ISO days (`to` − `from`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Calendar months in a span, as people count them (R10): from a date to the same date of the next month is one
 * month, whole months first; what is left counts its days ÷ the days of the month it starts in. 1–30 September
 * is 1; 2 July – 31 December is 5 + 30/31; 1 February – 30 April is 3.
 */
export function calendarMonths(span: DaySpan): number {
  if (span.to <= span.from) return 0;
  let whole = 0;
  while (addMonthsClamped(span.from, whole + 1) <= span.to) whole += 1;
  const restFrom = addMonthsClamped(span.from, whole);
  const rest = daysBetween(restFrom, span.to);
  if (rest === 0) return whole;
  const [y, m] = restFrom.split('-').map(Number) as [number, number];
  return whole + rest / daysInMonth(y, m);
}

/** The spans, merged where they overlap or touch, in order. */
export function mergeSpans(spans: readonly DaySpan[]): DaySpan[] {
  const sorted = spans.filter((s) => s.to > s.from).sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const merged: DaySpan[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.from <= last.to) last.to = span.to > last.to ? span.to : last.to;
    else merged.push({ ...span });
  }
  return merged;
}

/** The days of `spans` outside `holes`. */
export function subtractSpans(spans: readonly DaySpan[], holes: readonly DaySpan[]): DaySpan[] {
  let rest = mergeSpans(spans);
  for (const hole of mergeSpans(holes)) {
    rest = rest.flatMap((span) => {
      if (hole.to <= span.from || hole.from >= span.to) return [span];
      const pieces: DaySpan[] = [];
      if (hole.from > span.from) pieces.push({ from: span.from, to: hole.from });
      if (hole.to < span.to) pieces.push({ from: hole.to, to: span.to });
      return pieces;
    });
  }
  return rest;
}

/** The days of `spans` inside `within`. */
export function intersectSpans(spans: readonly DaySpan[], within: readonly DaySpan[]): DaySpan[] {
  const outside = subtractSpans([{ from: '0001-01-01', to: '9999-12-31' }], within);
  return subtractSpans(spans, outside);
}

/**
 * The whole months within [from, to] as [first day, first day after), so that [from, first) and [after, to] are
 * the range's other days. With no whole month, both are the same day within [from, to + 1]: every day is other.
 */
export function wholeMonths(from: string, to: string): [string, string] {
  const first = from.endsWith('-01') ? from : `${addDays(`${from.slice(0, 7)}-28`, 7).slice(0, 7)}-01`;
  const next = addDays(to, 1);
  const end = next.endsWith('-01') ? next : `${to.slice(0, 7)}-01`;
  if (first < end) return [first, end];
  const split = first < next ? first : next;
  return [split, split];
}
