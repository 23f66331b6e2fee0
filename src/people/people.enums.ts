import { registerLabelledEnum } from '../common/enum-labels.js';

/** cán bộ (elected or appointed cadre), công chức (civil servant), viên chức (public employee). */
export enum StaffType {
  CAN_BO = 'CAN_BO',
  CONG_CHUC = 'CONG_CHUC',
  VIEN_CHUC = 'VIEN_CHUC',
}

export enum Position {
  HEAD = 'HEAD',
  DEPUTY = 'DEPUTY',
  STAFF = 'STAFF',
}

/** Positions from the head down: who stands for a person holding more than one post on a day. */
export const POSITION_RANK: Position[] = [Position.HEAD, Position.DEPUTY, Position.STAFF];

export enum AbsenceKind {
  MATERNITY = 'MATERNITY',
  SICK = 'SICK',
  STUDY = 'STUDY',
  OTHER = 'OTHER',
}

export const STAFF_TYPE_LABELS_VI: Record<StaffType, string> = {
  CAN_BO: 'Cán bộ',
  CONG_CHUC: 'Công chức',
  VIEN_CHUC: 'Viên chức',
};

export const POSITION_LABELS_VI: Record<Position, string> = {
  HEAD: 'Người đứng đầu',
  DEPUTY: 'Cấp phó',
  STAFF: 'Nhân viên',
};

export const ABSENCE_KIND_LABELS_VI: Record<AbsenceKind, string> = {
  MATERNITY: 'Nghỉ thai sản',
  SICK: 'Nghỉ ốm',
  STUDY: 'Đi học',
  OTHER: 'Khác',
};

registerLabelledEnum(StaffType, {
  name: 'StaffType',
  description: 'cán bộ, công chức, viên chức',
  labels: STAFF_TYPE_LABELS_VI,
});

registerLabelledEnum(Position, { name: 'Position', description: 'A position in a unit.', labels: POSITION_LABELS_VI });

registerLabelledEnum(AbsenceKind, {
  name: 'AbsenceKind',
  description: 'Why a person was absent.',
  labels: ABSENCE_KIND_LABELS_VI,
});
