import { Column, Entity, Index, Unique } from 'typeorm';
import { CreatedEntity } from '../common/dated.entity.js';
import { numberTransformer } from '../common/numeric.js';
import { RatingLevel } from '../evaluation/evaluation.enums.js';

/** One person's extra income for a closed quarter, with every figure that made it (the CSV's columns). */
@Entity('payout')
@Unique('UQ_payout_period_person', ['periodId', 'personId'])
@Index('IDX_payout_period_unit', ['periodId', 'unitId'])
export class Payout extends CreatedEntity {
  @Column({ type: 'uuid' })
  periodId: string;

  @Column({ type: 'uuid' })
  unitId: string;

  @Column({ type: 'uuid' })
  personId: string;

  @Column({ type: 'enum', enum: RatingLevel, enumName: 'rating_level' })
  level: RatingLevel;

  @Column({ type: 'bigint', nullable: true, transformer: numberTransformer })
  monthlySalary: number | null;

  @Column({ type: 'bigint', nullable: true, transformer: numberTransformer })
  fixedMonthlyAmount: number | null;

  @Column({ type: 'numeric', precision: 4, scale: 2, transformer: numberTransformer })
  k: number;

  @Column({ type: 'numeric', precision: 4, scale: 2, transformer: numberTransformer })
  factor: number;

  @Column({ type: 'int' })
  daysAppointed: number;

  @Column({ type: 'numeric', precision: 16, scale: 2, transformer: numberTransformer })
  amountBeforeCap: number;

  @Column({ type: 'numeric', precision: 12, scale: 10, transformer: numberTransformer })
  scale: number;

  @Column({ type: 'bigint', transformer: numberTransformer })
  amount: number;
}
