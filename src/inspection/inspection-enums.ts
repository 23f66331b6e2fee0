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
