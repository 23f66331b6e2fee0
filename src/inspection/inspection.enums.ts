import { registerLabelledEnum } from '../common/enum-labels.js';

export enum InspectionKind {
  PERIODIC = 'PERIODIC',
  THEMATIC = 'THEMATIC',
  PLANNED = 'PLANNED',
  /** đột xuất */
  SURPRISE = 'SURPRISE',
}

export enum InspectionMethod {
  ON_SITE = 'ON_SITE',
  /** by the office camera */
  CAMERA = 'CAMERA',
}

/** R24 */
export enum InspectionStatus {
  SCHEDULED = 'SCHEDULED',
  IN_PROGRESS = 'IN_PROGRESS',
  CONCLUDED = 'CONCLUDED',
  REMEDIATING = 'REMEDIATING',
  VERIFIED = 'VERIFIED',
  ESCALATED = 'ESCALATED',
}

/** R25: a finding's remediation. */
export enum FindingStatus {
  OPEN = 'OPEN',
  REPORTED = 'REPORTED',
  VERIFIED = 'VERIFIED',
  ESCALATED = 'ESCALATED',
}

/** A finding still to be remedied: a date past it escalates it (R25). */
export const REMEDYING: readonly FindingStatus[] = [FindingStatus.OPEN, FindingStatus.REPORTED];

export const INSPECTION_KIND_LABELS_VI: Record<InspectionKind, string> = {
  PERIODIC: 'Định kỳ',
  THEMATIC: 'Chuyên đề',
  PLANNED: 'Theo kế hoạch',
  SURPRISE: 'Đột xuất',
};

export const INSPECTION_METHOD_LABELS_VI: Record<InspectionMethod, string> = {
  ON_SITE: 'Trực tiếp',
  CAMERA: 'Qua camera',
};

export const INSPECTION_STATUS_LABELS_VI: Record<InspectionStatus, string> = {
  SCHEDULED: 'Đã lên lịch',
  IN_PROGRESS: 'Đang kiểm tra',
  CONCLUDED: 'Đã kết luận',
  REMEDIATING: 'Đang khắc phục',
  VERIFIED: 'Đã khắc phục xong',
  ESCALATED: 'Chuyển kiểm điểm trách nhiệm',
};

export const FINDING_STATUS_LABELS_VI: Record<FindingStatus, string> = {
  OPEN: 'Chưa khắc phục',
  REPORTED: 'Đơn vị đã báo cáo',
  VERIFIED: 'Đã xác nhận khắc phục',
  ESCALATED: 'Quá hạn, kiểm điểm trách nhiệm',
};

/** Forms of discipline (R26). From 1 July 2025 (Decree 172/2025) salary-step reduction and demotion are gone. */
export enum DisciplineForm {
  REPRIMAND = 'REPRIMAND',
  WARNING = 'WARNING',
  SALARY_STEP_REDUCTION = 'SALARY_STEP_REDUCTION',
  DEMOTION = 'DEMOTION',
  REMOVAL_FROM_OFFICE = 'REMOVAL_FROM_OFFICE',
  DISMISSAL = 'DISMISSAL',
}

export const DISCIPLINE_FORM_LABELS_VI: Record<DisciplineForm, string> = {
  REPRIMAND: 'Khiển trách',
  WARNING: 'Cảnh cáo',
  SALARY_STEP_REDUCTION: 'Hạ bậc lương',
  DEMOTION: 'Giáng chức',
  REMOVAL_FROM_OFFICE: 'Cách chức',
  DISMISSAL: 'Buộc thôi việc',
};

export enum DeferralReason {
  ILLNESS = 'ILLNESS',
  PREGNANCY = 'PREGNANCY',
  CHILD_UNDER_12_MONTHS = 'CHILD_UNDER_12_MONTHS',
  PROSECUTION = 'PROSECUTION',
}

/** R13's forcing events besides discipline: prosecution or detention, and a finding of "degradation" (suy thoái). */
export enum ForcingEventKind {
  PROSECUTION = 'PROSECUTION',
  DETENTION = 'DETENTION',
  DEGRADATION = 'DEGRADATION',
}

export const FORCING_EVENT_LABELS_VI: Record<ForcingEventKind, string> = {
  PROSECUTION: 'Bị khởi tố',
  DETENTION: 'Bị tạm giữ, tạm giam',
  DEGRADATION: 'Kết luận suy thoái về tư tưởng chính trị, đạo đức, lối sống',
};

registerLabelledEnum(InspectionKind, {
  name: 'InspectionKind',
  description: 'The kind of an inspection.',
  labels: INSPECTION_KIND_LABELS_VI,
});

registerLabelledEnum(InspectionMethod, {
  name: 'InspectionMethod',
  description: 'How an inspection is carried out.',
  labels: INSPECTION_METHOD_LABELS_VI,
});

registerLabelledEnum(InspectionStatus, {
  name: 'InspectionStatus',
  description: 'The steps of an inspection.',
  labels: INSPECTION_STATUS_LABELS_VI,
});

registerLabelledEnum(FindingStatus, {
  name: 'FindingStatus',
  description: 'The steps of a finding’s remediation (R24, R25).',
  labels: FINDING_STATUS_LABELS_VI,
});

registerLabelledEnum(ForcingEventKind, {
  name: 'ForcingEventKind',
  description: 'R13: prosecution, detention, a finding of degradation.',
  labels: FORCING_EVENT_LABELS_VI,
});
