import { Column, Entity, Index } from 'typeorm';
import { DatedEntity } from '../common/dated.entity.js';
import { PlanStatus } from './hierarchy.enums.js';

/** One legal act that reorganises units (its number, signing and effective dates) with its steps. */
@Entity('reorganisation_plan')
export class ReorganisationPlan extends DatedEntity {
  /** số hiệu văn bản, e.g. 1685/NQ-UBTVQH15 */
  @Column({ type: 'varchar', length: 100 })
  actNumber: string;

  @Column({ type: 'varchar', length: 500 })
  title: string;

  @Column({ type: 'date' })
  signedOn: string;

  @Index('IDX_reorganisation_plan_effective')
  @Column({ type: 'date' })
  effectiveDate: string;

  @Column({ type: 'enum', enum: PlanStatus, enumName: 'plan_status', default: PlanStatus.DRAFT })
  status: PlanStatus;

  /** what applying it did (the same report as its preview), kept once applied */
  @Column({ type: 'jsonb', nullable: true })
  report: Record<string, unknown> | null;

  @Column({ type: 'timestamptz', nullable: true })
  appliedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;
}
