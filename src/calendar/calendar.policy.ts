import { hasRole } from '../auth/caller.js';
import { ALL, definePolicy } from '../auth/policy.js';
import { HOME_AFFAIRS_OFFICE } from '../auth/role.js';

/** Working days and holidays: everyone reads them, Home Affairs' office keeps them. */
export const calendarDayPolicy = definePolicy({
  resource: 'CalendarDay',
  table: 'calendar_day',
  scope: () => ALL,
  can: (caller, action) => action === 'list' || action === 'show' || hasRole(caller, ...HOME_AFFAIRS_OFFICE),
});
