export enum CalendarDayKind {
  /** ngày nghỉ — an official day off on a weekday */
  DAY_OFF = 'DAY_OFF',
  /** ngày làm bù — a Saturday or Sunday worked in exchange */
  MAKE_UP_WORKING_DAY = 'MAKE_UP_WORKING_DAY',
}
