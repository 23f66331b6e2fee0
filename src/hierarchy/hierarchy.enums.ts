import { registerLabelledEnum } from '../common/enum-labels.js';

export enum PlanStatus {
  /** being entered; can be checked and previewed */
  DRAFT = 'DRAFT',
  /** checked, waiting for its effective date; applied by the scheduler on that day */
  SCHEDULED = 'SCHEDULED',
  APPLIED = 'APPLIED',
  /** withdrawn before it came into force: nothing of it was applied */
  WITHDRAWN = 'WITHDRAWN',
}

export const PLAN_STATUS_LABELS_VI: Record<PlanStatus, string> = {
  DRAFT: 'Đang soạn',
  SCHEDULED: 'Chờ đến ngày hiệu lực',
  APPLIED: 'Đã áp dụng',
  WITHDRAWN: 'Đã rút',
};

export enum StepKind {
  CREATE = 'CREATE',
  RENAME = 'RENAME',
  MOVE = 'MOVE',
  MERGE = 'MERGE',
  SPLIT = 'SPLIT',
  ABOLISH_LEVEL = 'ABOLISH_LEVEL',
  MERGE_PROVINCE = 'MERGE_PROVINCE',
}

export const STEP_KIND_LABELS_VI: Record<StepKind, string> = {
  CREATE: 'Thành lập đơn vị',
  RENAME: 'Đổi tên',
  MOVE: 'Chuyển trực thuộc',
  MERGE: 'Hợp nhất, sáp nhập',
  SPLIT: 'Chia tách',
  ABOLISH_LEVEL: 'Bỏ cấp hành chính',
  MERGE_PROVINCE: 'Hợp nhất tỉnh',
};

/** Kinds of unit (domain §1). */
export enum UnitKind {
  CITY = 'CITY',
  DEPARTMENT = 'DEPARTMENT',
  DISTRICT = 'DISTRICT',
  WARD = 'WARD',
  SPECIAL_ZONE = 'SPECIAL_ZONE',
  DIVISION = 'DIVISION',
  PUBLIC_SERVICE_UNIT = 'PUBLIC_SERVICE_UNIT',
}

export const UNIT_KIND_LABELS_VI: Record<UnitKind, string> = {
  CITY: 'Thành phố',
  DEPARTMENT: 'Sở, ban, ngành',
  DISTRICT: 'Quận, huyện, TP Thủ Đức',
  WARD: 'Phường, xã, thị trấn',
  SPECIAL_ZONE: 'Đặc khu',
  DIVISION: 'Phòng, ban thuộc đơn vị',
  PUBLIC_SERVICE_UNIT: 'Đơn vị sự nghiệp',
};

export enum ReorganisationKind {
  /** chuyển đơn vị — a unit moves under another parent */
  MOVE = 'MOVE',
  /** hợp nhất, sáp nhập — units merge into one */
  MERGE = 'MERGE',
}

registerLabelledEnum(UnitKind, {
  name: 'UnitKind',
  description: 'The kind of an administrative unit.',
  labels: UNIT_KIND_LABELS_VI,
});

registerLabelledEnum(PlanStatus, {
  name: 'PlanStatus',
  description: 'DRAFT → SCHEDULED → APPLIED, or WITHDRAWN before it comes into force',
  labels: PLAN_STATUS_LABELS_VI,
});

registerLabelledEnum(StepKind, {
  name: 'PlanStepKind',
  description: 'What a step of a plan does.',
  labels: STEP_KIND_LABELS_VI,
});
