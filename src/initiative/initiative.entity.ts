import { Column, Entity, Index } from 'typeorm';
import { DatedEntity } from '../common/dated.entity.js';
import { InitiativeStatus } from './initiative.enums.js';

/** A registered initiative (sáng kiến) of a unit (§6). */
@Entity('initiative')
export class Initiative extends DatedEntity {
  @Column({ type: 'varchar', length: 500 })
  title: string;

  /** the problem, and the obstacle it removes */
  @Column({ type: 'text', default: '' })
  problem: string;

  @Column({ type: 'text', default: '' })
  content: string;

  @Column({ type: 'text', default: '' })
  scope: string;

  @Column({ type: 'text', default: '' })
  timeline: string;

  @Column({ type: 'text', default: '' })
  resources: string;

  @Column({ type: 'text', default: '' })
  feasibility: string;

  @Column({ type: 'text', default: '' })
  expectedImpact: string;

  @Index('IDX_initiative_unit')
  @Column({ type: 'uuid' })
  unitId: string;

  @Index('IDX_initiative_status')
  @Column({ type: 'enum', enum: InitiativeStatus, enumName: 'initiative_status', default: InitiativeStatus.DRAFT })
  status: InitiativeStatus;

  /** the current review round (1 at the first submission; a return for revision opens the next) */
  @Column({ type: 'int', default: 0 })
  round: number;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  /** R28: review within 7 working days of submission */
  @Column({ type: 'date', nullable: true })
  reviewDueOn: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  resultRecordedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  resultExplanation: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'date', nullable: true })
  completedOn: string | null;

  @Column({ type: 'text', nullable: true })
  report: string | null;

  /** R28: result report within 5 working days of completion; evaluation within 7 of the report */
  @Column({ type: 'date', nullable: true })
  reportDueOn: string | null;

  @Column({ type: 'date', nullable: true })
  reportedOn: string | null;

  @Column({ type: 'date', nullable: true })
  evaluationDueOn: string | null;

  @Column({ type: 'date', nullable: true })
  evaluatedOn: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;
}
