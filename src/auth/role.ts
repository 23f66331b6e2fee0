/** Global roles. Heads' and staff's rights come from their appointments on the day, not from a role. */
export enum Role {
  SYSTEM_ADMIN = 'SYSTEM_ADMIN',
  HOME_AFFAIRS = 'HOME_AFFAIRS',
  CITY_LEADER = 'CITY_LEADER',
  BOARD_MEMBER = 'BOARD_MEMBER',
  INSPECTOR = 'INSPECTOR',
  VIEWER = 'VIEWER',
}

export const ROLE_LABELS_VI: Record<Role, string> = {
  SYSTEM_ADMIN: 'Quản trị hệ thống',
  HOME_AFFAIRS: 'Sở Nội vụ',
  CITY_LEADER: 'Lãnh đạo Thành phố',
  BOARD_MEMBER: 'Thành viên Tổ thẩm định',
  INSPECTOR: 'Kiểm tra công vụ',
  VIEWER: 'Xem báo cáo',
};

/**
 * The role groups, each defined here once.
 * Home Affairs' office (with the system administrators): units, people, appointments, periods, the 1022 portal.
 */
export const HOME_AFFAIRS_OFFICE: [Role, ...Role[]] = [Role.HOME_AFFAIRS, Role.SYSTEM_ADMIN];
/** Those who see the whole city: every individual result (R32), every unit's rows. */
export const CITY_WIDE: [Role, ...Role[]] = [Role.HOME_AFFAIRS, Role.CITY_LEADER, Role.SYSTEM_ADMIN];
/** Those who run inspections: inspectors, with Home Affairs' office. */
export const INSPECTION_STAFF: [Role, ...Role[]] = [Role.INSPECTOR, Role.HOME_AFFAIRS, Role.SYSTEM_ADMIN];
