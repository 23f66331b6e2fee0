import { Check, Column, Entity, Unique } from 'typeorm';
import { KeyedEntity } from '../common/dated.entity.js';
import { numberTransformer } from '../common/numeric.js';

/** A unit's coefficient k for a quarter (R30), set by Home Affairs. */
@Entity('income_coefficient')
@Unique('UQ_income_coefficient_unit_period', ['unitId', 'periodId'])
@Check('CHK_income_coefficient_k', `"k" >= 0`)
export class IncomeCoefficient extends KeyedEntity {
  @Column({ type: 'uuid' })
  unitId: string;

  @Column({ type: 'uuid' })
  periodId: string;

  @Column({ type: 'numeric', precision: 4, scale: 2, transformer: numberTransformer })
  k: number;
}
