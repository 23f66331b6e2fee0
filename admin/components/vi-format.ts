import vi from 'date-fns/locale/vi/index.js';

/**
 * How the panel writes days, times and numbers for its Vietnamese readers: dd/mm/yyyy, times in the city's own
 * zone, a decimal comma (vi-VN). Shared by the property components that override AdminJS's defaults.
 */
export const CITY_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2026-12-15" (a day, as PostgreSQL's `date` arrives) → "15/12/2026". */
export function formatDay(value: string): string {
  const match = DAY.exec(value.slice(0, 10));
  return match ? `${match[3]}/${match[2]}/${match[1]}` : value;
}

const dateTimeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: CITY_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A day ("2026-12-15") as dd/mm/yyyy; an instant as dd/mm/yyyy HH:mm in the city's time zone. */
export function formatDateValue(value: unknown, propertyType: string): string {
  if (value === null || value === undefined || value === '') return '';
  const text = String(value);
  if (propertyType === 'date' || DAY.test(text)) return formatDay(text);
  const instant = new Date(text);
  if (Number.isNaN(instant.getTime())) return text;
  const part = Object.fromEntries(dateTimeParts.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${part.day}/${part.month}/${part.year} ${part.hour}:${part.minute}`;
}

/** The local calendar day of a picked date, as "yyyy-mm-dd" (not its UTC day, which is the day before in UTC+7). */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Numbers as read in Vietnamese: "8,5", "1.250.000". Years, quarters and other numbers under 10 000 are left
 * without a group separator (2026, not 2.026).
 */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 10, useGrouping: Math.abs(value) >= 10_000 }).format(
    value,
  );
}

/** date-fns' Vietnamese, with the weekday columns of a calendar as Vietnamese calendars print them: T2 … T7, CN. */
const calendarLocale = {
  ...vi,
  localize: {
    ...vi.localize,
    day: (day: number, options?: { width?: string }) =>
      vi.localize?.day(day, { ...options, width: options?.width === 'short' ? 'narrow' : options?.width }),
  },
};

const digit = { regex: '\\d', raw: undefined };
const dayMask = [digit, digit, '/', digit, digit, '/', digit, digit, digit, digit];

/** react-datepicker (inside AdminJS's DatePicker) in Vietnamese: day names, months, Monday first, dd/mm/yyyy. */
export function datePickerProps(withTime: boolean) {
  return {
    locale: calendarLocale,
    calendarStartDay: 1,
    dateFormat: withTime ? 'dd/MM/yyyy HH:mm' : 'dd/MM/yyyy',
    placeholderText: withTime ? 'dd/mm/yyyy hh:mm' : 'dd/mm/yyyy',
    inputMask: { mask: withTime ? [...dayMask, ' ', digit, digit, ':', digit, digit] : dayMask },
    timeInputLabel: 'Giờ',
    previousMonthButtonLabel: 'Tháng trước',
    previousMonthAriaLabel: 'Tháng trước',
    nextMonthButtonLabel: 'Tháng sau',
    nextMonthAriaLabel: 'Tháng sau',
    previousYearButtonLabel: 'Năm trước',
    previousYearAriaLabel: 'Năm trước',
    nextYearButtonLabel: 'Năm sau',
    nextYearAriaLabel: 'Năm sau',
    chooseDayAriaLabelPrefix: 'Chọn',
    disabledDayAriaLabelPrefix: 'Không chọn được',
    weekAriaLabelPrefix: 'Tuần',
    monthAriaLabelPrefix: 'Tháng',
    ariaLabelClose: 'Đóng',
  };
}
