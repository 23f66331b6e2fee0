import { Check, Column, Entity, Unique } from 'typeorm';
import { KeyedEntity } from '../common/dated.entity.js';
import { numberTransformer } from '../common/numeric.js';
import { SatisfactionSource } from './satisfaction.enums.js';

/** Citizens' and businesses' satisfaction with a unit in a period (§4). */
@Entity('satisfaction_result')
@Unique('UQ_satisfaction_unit_period_source', ['unitId', 'periodId', 'source'])
@Check('CHK_satisfaction_percent', `"percent" >= 0 AND "percent" <= 100`)
export class SatisfactionResult extends KeyedEntity {
  @Column({ type: 'uuid' })
  unitId: string;

  @Column({ type: 'uuid' })
  periodId: string;

  @Column({ type: 'enum', enum: SatisfactionSource, enumName: 'satisfaction_source' })
  source: SatisfactionSource;

  @Column({ type: 'int' })
  sampleSize: number;

  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: numberTransformer })
  percent: number;

  /** optional: access, procedures, civil servants, results, feedback handling (percent each) */
  @Column({ type: 'jsonb', nullable: true })
  components: Record<string, number> | null;
}
