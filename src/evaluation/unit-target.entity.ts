import { Check, Column, Entity, Index } from 'typeorm';
import { KeyedEntity } from '../common/dated.entity.js';
import { numberTransformer } from '../common/numeric.js';

/** One task of a unit's list for a period (chỉ tiêu, nhiệm vụ), with its completion (R14). */
@Entity('unit_target')
@Index('IDX_unit_target_unit_period', ['unitId', 'periodId'])
@Check('CHK_unit_target_completion', `"completion_percent" >= 0 AND "completion_percent" <= 100`)
export class UnitTarget extends KeyedEntity {
  @Column({ type: 'uuid' })
  unitId: string;

  @Column({ type: 'uuid' })
  periodId: string;

  @Column({ type: 'varchar', length: 500 })
  name: string;

  @Column({ type: 'numeric', precision: 5, scale: 2, default: 0, transformer: numberTransformer })
  completionPercent: number;

  @Column({ type: 'boolean', default: false })
  exceeded: boolean;
}
