import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { CreatedEntity } from '../common/dated.entity.js';
import { User } from '../auth/user.entity.js';
import { FeedbackItem } from '../feedback/feedback-item.entity.js';
import { Initiative } from '../initiative/initiative.entity.js';
import { DisciplineCase } from '../inspection/discipline-case.entity.js';
import { Finding } from '../inspection/finding.entity.js';
import { Inspection } from '../inspection/inspection.entity.js';
import { AttachmentPurpose, FileStorage } from './files.enums.js';

/**
 * A file attached to one record: an initiative (the proposal, evidence), an inspection (its conclusion), a
 * finding (the remediation report), a 1022 item (the reply) or a discipline case (the decision). One owner
 * column is filled, each a foreign key, so an attached record can never disappear under its files.
 */
@Entity('attachment')
@Check(
  'CHK_attachment_one_owner',
  `num_nonnulls("initiative_id", "inspection_id", "finding_id", "feedback_item_id", "discipline_case_id") = 1`,
)
@Check('CHK_attachment_stored', `("storage" = 'DATABASE') = ("storage_key" IS NULL)`)
export class Attachment extends CreatedEntity {
  @Index('IDX_attachment_initiative')
  @Column({ type: 'uuid', nullable: true })
  initiativeId: string | null;

  @ManyToOne(() => Initiative, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'initiative_id' })
  initiative: Relation<Initiative> | null;

  @Index('IDX_attachment_inspection')
  @Column({ type: 'uuid', nullable: true })
  inspectionId: string | null;

  @ManyToOne(() => Inspection, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'inspection_id' })
  inspection: Relation<Inspection> | null;

  @Index('IDX_attachment_finding')
  @Column({ type: 'uuid', nullable: true })
  findingId: string | null;

  @ManyToOne(() => Finding, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'finding_id' })
  finding: Relation<Finding> | null;

  @Index('IDX_attachment_feedback_item')
  @Column({ type: 'uuid', nullable: true })
  feedbackItemId: string | null;

  @ManyToOne(() => FeedbackItem, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'feedback_item_id' })
  feedbackItem: Relation<FeedbackItem> | null;

  @Index('IDX_attachment_discipline_case')
  @Column({ type: 'uuid', nullable: true })
  disciplineCaseId: string | null;

  @ManyToOne(() => DisciplineCase, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'discipline_case_id' })
  disciplineCase: Relation<DisciplineCase> | null;

  @Column({ type: 'enum', enum: AttachmentPurpose, enumName: 'attachment_purpose' })
  purpose: AttachmentPurpose;

  /** The name it was uploaded with (shown, offered on download); never trusted for its type. */
  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  /** The type its content was found to be. */
  @Column({ type: 'varchar', length: 100 })
  mediaType: string;

  @Column({ type: 'int' })
  byteSize: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'enum', enum: FileStorage, enumName: 'file_storage' })
  storage: FileStorage;

  /** The object's key in the S3-compatible store; null when the content is in attachment_content. */
  @Column({ type: 'varchar', length: 512, nullable: true })
  storageKey: string | null;

  @Column({ type: 'uuid' })
  uploadedByUserId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'uploaded_by_user_id' })
  uploadedByUser: Relation<User> | null;
}
