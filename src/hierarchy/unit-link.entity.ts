import { Check, Column, Entity, Exclusion, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { KeyedEntity } from '../common/dated.entity.js';
import { Unit } from './unit.entity.js';
import { Validity } from '../common/validity.js';

/** A dated parent link (R1): `unit` sits under `parent` over [validFrom, validTo). One parent per unit per day. */
@Entity('unit_link')
@Exclusion(
  'EXC_unit_link_one_parent',
  `USING gist ("unit_id" WITH =, daterange("valid_from", "valid_to", '[)') WITH &&)`,
)
@Check('CHK_unit_link_validity', `"valid_to" IS NULL OR "valid_to" > "valid_from"`)
@Check('CHK_unit_link_not_self', `"unit_id" <> "parent_id"`)
export class UnitLink extends KeyedEntity {
  @Column({ type: 'uuid' })
  unitId: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit: Relation<Unit>;

  @Index('IDX_unit_link_parent')
  @Column({ type: 'uuid' })
  parentId: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent: Relation<Unit>;

  @Column(() => Validity, { prefix: false })
  validity: Validity;
}
