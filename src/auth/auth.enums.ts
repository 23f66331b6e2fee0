import { registerLabelledEnum } from '../common/enum-labels.js';

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

registerLabelledEnum(Role, { name: 'Role', description: 'A user’s role.', labels: ROLE_LABELS_VI });
