import { hasRole, type Caller } from '../auth/caller.js';
import { anyOf, definePolicy, where, type Policy, type Scope } from '../auth/policy.js';
import { HOME_AFFAIRS_OFFICE, INSPECTION_STAFF } from '../auth/role.js';
import { feedbackItemPolicy, mayHandleFeedback } from '../feedback/feedback.policy.js';
import { initiativePolicy } from '../initiative/initiative.policy.js';
import { disciplineCasePolicy, findingPolicy, inspectionPolicy } from '../inspection/inspection.policy.js';
import { AttachmentOwner, AttachmentPurpose } from './files.enums.js';

/** The record a file hangs on: the record's own policy says who sees it, the rule below who may attach to it. */
export interface OwnerKind {
  column: string;
  policy: Pick<Policy<never>, 'scope' | 'table'>;
  purposes: readonly AttachmentPurpose[];
  /** who may attach a file to a visible record (its columns as `unit_id`, `responsible_unit_id`…, read by the service) */
  mayAttach: (caller: Caller, record: { unitId: string | null }) => boolean;
  what: [vi: string, en: string];
}

/**
 * The same hands that write the record attach its files: an initiative's proposing unit (and Home Affairs' office);
 * the inspectors who conclude an inspection; the unit that reports a finding's remediation; the unit handling a
 * 1022 item (and the portal's office); Home Affairs' office for discipline decisions.
 */
export const OWNERS: Record<AttachmentOwner, OwnerKind> = {
  INITIATIVE: {
    column: 'initiative_id',
    policy: initiativePolicy,
    purposes: [AttachmentPurpose.PROPOSAL, AttachmentPurpose.EVIDENCE],
    mayAttach: (caller, record) =>
      hasRole(caller, ...HOME_AFFAIRS_OFFICE) || (record.unitId !== null && caller.memberUnits.includes(record.unitId)),
    what: ['sáng kiến', 'Initiative'],
  },
  INSPECTION: {
    column: 'inspection_id',
    policy: inspectionPolicy,
    purposes: [AttachmentPurpose.CONCLUSION],
    mayAttach: (caller) => hasRole(caller, ...INSPECTION_STAFF),
    what: ['cuộc kiểm tra', 'Inspection'],
  },
  FINDING: {
    column: 'finding_id',
    policy: findingPolicy,
    purposes: [AttachmentPurpose.REMEDIATION_REPORT],
    mayAttach: (caller, record) => record.unitId !== null && caller.memberUnits.includes(record.unitId),
    what: ['kết luận cần khắc phục', 'Finding'],
  },
  FEEDBACK_ITEM: {
    column: 'feedback_item_id',
    policy: feedbackItemPolicy,
    purposes: [AttachmentPurpose.REPLY],
    mayAttach: (caller, record) => mayHandleFeedback(caller, record),
    what: ['phản ánh', 'FeedbackItem'],
  },
  DISCIPLINE_CASE: {
    column: 'discipline_case_id',
    policy: disciplineCasePolicy,
    purposes: [AttachmentPurpose.DECISION],
    mayAttach: (caller) => hasRole(caller, ...HOME_AFFAIRS_OFFICE),
    what: ['hồ sơ kỷ luật', 'DisciplineCase'],
  },
};

export const OWNER_KINDS = Object.values(AttachmentOwner);

/** The owner's unit a rule above asks about, by owner table (null: the rule does not ask). */
export const OWNER_UNIT_COLUMN: Record<AttachmentOwner, string | null> = {
  INITIATIVE: 'unit_id',
  INSPECTION: null,
  FINDING: 'responsible_unit_id',
  FEEDBACK_ITEM: 'unit_id',
  DISCIPLINE_CASE: null,
};

/** Files attached to records of one kind the caller sees. */
function ownedBy(caller: Caller, owner: OwnerKind): Scope {
  const scope = owner.policy.scope(caller);
  if (scope.kind === 'none') return scope;
  return where((alias, params) => {
    const visible = scope.kind === 'all' ? 'TRUE' : scope.condition('o', params);
    return `${alias}.${owner.column} IS NOT NULL AND EXISTS (SELECT 1 FROM ${owner.policy.table} o WHERE o.id = ${alias}.${owner.column} AND ${visible})`;
  });
}

/**
 * A file is seen by whoever sees its record, through the record's own policy; it is added through the record
 * ("Tệp đính kèm", attachFile), never edited, never deleted.
 */
export const attachmentPolicy = definePolicy({
  resource: 'Attachment',
  table: 'attachment',
  scope: (caller) => anyOf(...OWNER_KINDS.map((kind) => ownedBy(caller, OWNERS[kind]))),
  can: (_caller, action) => action === 'list' || action === 'show',
});
