import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { KeyedEntity } from '../common/dated.entity.js';
import { Unit } from './unit.entity.js';

/** A unit's predecessor from a day on: the whole of it, or a part (a split). Written when a plan is applied. */
@Entity('unit_lineage')
@Unique('UQ_unit_lineage', ['predecessorId', 'successorId'])
@Check('CHK_unit_lineage_not_self', `"predecessor_id" <> "successor_id"`)
export class UnitLineage extends KeyedEntity {
  @Index('IDX_unit_lineage_predecessor')
  @Column({ type: 'uuid' })
  predecessorId: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'predecessor_id' })
  predecessor: Relation<Unit>;

  @Index('IDX_unit_lineage_successor')
  @Column({ type: 'uuid' })
  successorId: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'successor_id' })
  successor: Relation<Unit>;

  /** the successor's first day */
  @Column({ type: 'date' })
  effectiveDate: string;

  /** false: the predecessor was split and this successor took a part of it */
  @Column({ type: 'boolean' })
  whole: boolean;

  @Column({ type: 'uuid', nullable: true })
  planId: string | null;
}
