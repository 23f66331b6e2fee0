import { Role } from './auth.enums.js';

/**
 * The role groups, each defined here once.
 * Home Affairs' office (with the system administrators): units, people, appointments, periods, the 1022 portal.
 */
export const HOME_AFFAIRS_OFFICE: readonly [Role, ...Role[]] = [Role.HOME_AFFAIRS, Role.SYSTEM_ADMIN];
/** Those who see the whole city: every individual result (R32), every unit's rows. */
export const CITY_WIDE: readonly [Role, ...Role[]] = [Role.HOME_AFFAIRS, Role.CITY_LEADER, Role.SYSTEM_ADMIN];
/** Those who run inspections: inspectors, with Home Affairs' office. */
export const INSPECTION_STAFF: readonly [Role, ...Role[]] = [Role.INSPECTOR, Role.HOME_AFFAIRS, Role.SYSTEM_ADMIN];
