import { BaseEntity, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** R15: a recorded exception lifts the EXCELLENT quota for one group (one rater unit in one YEAR). */
@Entity('quota_exception')
@Unique('UQ_quota_exception_group', ['periodId', 'raterUnitId'])
export class QuotaException extends BaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  periodId: string;

  @Column({ type: 'uuid' })
  raterUnitId: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
