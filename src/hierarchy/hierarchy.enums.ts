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
