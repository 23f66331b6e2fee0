import { registerLabelledEnum } from '../common/enum-labels.js';

/** What a file is to its record. */
export enum AttachmentPurpose {
  /** an initiative's proposal */
  PROPOSAL = 'PROPOSAL',
  /** evidence of an initiative's results */
  EVIDENCE = 'EVIDENCE',
  /** an inspection's conclusion notice */
  CONCLUSION = 'CONCLUSION',
  /** a finding's remediation report */
  REMEDIATION_REPORT = 'REMEDIATION_REPORT',
  /** a 1022 item's reply */
  REPLY = 'REPLY',
  /** a discipline decision */
  DECISION = 'DECISION',
}

export const ATTACHMENT_PURPOSE_LABELS_VI: Record<AttachmentPurpose, string> = {
  PROPOSAL: 'Hồ sơ đề xuất',
  EVIDENCE: 'Tài liệu minh chứng',
  CONCLUSION: 'Thông báo kết luận kiểm tra',
  REMEDIATION_REPORT: 'Báo cáo khắc phục',
  REPLY: 'Văn bản trả lời',
  DECISION: 'Quyết định kỷ luật',
};

/** Where an attachment's bytes are kept. */
export enum FileStorage {
  DATABASE = 'DATABASE',
  S3 = 'S3',
}

/** The records files are attached to. */
export enum AttachmentOwner {
  INITIATIVE = 'INITIATIVE',
  INSPECTION = 'INSPECTION',
  FINDING = 'FINDING',
  FEEDBACK_ITEM = 'FEEDBACK_ITEM',
  DISCIPLINE_CASE = 'DISCIPLINE_CASE',
}

export const ATTACHMENT_OWNER_LABELS_VI: Record<AttachmentOwner, string> = {
  INITIATIVE: 'Sáng kiến',
  INSPECTION: 'Cuộc thanh tra, kiểm tra',
  FINDING: 'Kết luận, kiến nghị',
  FEEDBACK_ITEM: 'Phản ánh, kiến nghị 1022',
  DISCIPLINE_CASE: 'Vụ việc kỷ luật',
};

registerLabelledEnum(AttachmentOwner, {
  name: 'AttachmentOwner',
  description: 'The kind of record a file is attached to',
  labels: ATTACHMENT_OWNER_LABELS_VI,
});

registerLabelledEnum(AttachmentPurpose, {
  name: 'AttachmentPurpose',
  description:
    'PROPOSAL, EVIDENCE (initiatives); CONCLUSION (inspections); REMEDIATION_REPORT (findings); REPLY (1022 items); DECISION (discipline cases)',
  labels: ATTACHMENT_PURPOSE_LABELS_VI,
});
