import { BaseEntity, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { FindingStatus, InspectionKind, InspectionMethod, InspectionStatus } from './inspection-enums.js';

/** An inspection of a unit (R24), ending in a conclusion notice. */
@Entity('inspection')
export class Inspection extends BaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: InspectionKind, enumName: 'inspection_kind' })
  kind: InspectionKind;

  @Column({ type: 'enum', enum: InspectionMethod, enumName: 'inspection_method' })
  method: InspectionMethod;

  @Index('IDX_inspection_unit')
  @Column({ type: 'uuid' })
  unitId: string;

  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date', nullable: true })
  endsOn: string | null;

  @Column({ type: 'enum', enum: InspectionStatus, enumName: 'inspection_status', default: InspectionStatus.SCHEDULED })
  status: InspectionStatus;

  /** the conclusion notice: achievements, shortcomings, directions */
  @Column({ type: 'text', nullable: true })
  achievements: string | null;

  @Column({ type: 'text', nullable: true })
  shortcomings: string | null;

  @Column({ type: 'text', nullable: true })
  directions: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  concludedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** The inspection team: users with the INSPECTOR role, one of them the lead. */
@Entity('inspection_member')
@Unique('UQ_inspection_member', ['inspectionId', 'userId'])
export class InspectionMember extends BaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  inspectionId: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'boolean', default: false })
  lead: boolean;
}

/** A finding of a conclusion, with its remediation item: the responsible unit and the date to remedy by (R25). */
@Entity('finding')
export class Finding extends BaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('IDX_finding_inspection')
  @Column({ type: 'uuid' })
  inspectionId: string;

  @Column({ type: 'text' })
  text: string;

  @Index('IDX_finding_unit')
  @Column({ type: 'uuid' })
  responsibleUnitId: string;

  @Column({ type: 'date' })
  dueDate: string;

  @Column({ type: 'enum', enum: FindingStatus, enumName: 'finding_status', default: FindingStatus.OPEN })
  status: FindingStatus;

  @Column({ type: 'text', nullable: true })
  report: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  reportedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  verificationNote: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  escalatedAt: Date | null;
}

/** kiểm điểm trách nhiệm: opened on the head of the responsible unit when a finding is not remedied in time. */
@Entity('responsibility_review')
export class ResponsibilityReview extends BaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('UQ_responsibility_review_finding', { unique: true })
  @Column({ type: 'uuid' })
  findingId: string;

  @Column({ type: 'uuid' })
  unitId: string;

  /** the head on the day it was opened; null when the post was vacant */
  @Column({ type: 'uuid', nullable: true })
  personId: string | null;

  @Column({ type: 'date' })
  openedOn: string;

  @Column({ type: 'text', nullable: true })
  conclusion: string | null;

  @Column({ type: 'date', nullable: true })
  closedOn: string | null;
}
