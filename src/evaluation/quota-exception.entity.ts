import { Column, Entity, Unique } from 'typeorm';
import { CreatedEntity } from '../common/dated.entity.js';

/** R15: a recorded exception lifts the EXCELLENT quota for one group (one rater unit in one YEAR). */
@Entity('quota_exception')
@Unique('UQ_quota_exception_group', ['periodId', 'raterUnitId'])
export class QuotaException extends CreatedEntity {
  @Column({ type: 'uuid' })
  periodId: string;

  @Column({ type: 'uuid' })
  raterUnitId: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;
}
