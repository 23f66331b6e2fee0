import { Check, Column, Entity, Exclusion, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DatedEntity } from '../common/dated.entity.js';
import { UnitKind } from './hierarchy.enums.js';
import { Validity } from '../common/validity.js';

/** An agency, district, ward or division, valid over [validFrom, validTo). Its parent lives in UnitLink (R1). */
@Entity('unit')
@Exclusion('EXC_unit_code_per_day', `USING gist ("code" WITH =, daterange("valid_from", "valid_to", '[)') WITH &&)`)
@Check('CHK_unit_validity', `"valid_to" IS NULL OR "valid_to" > "valid_from"`)
export class Unit extends DatedEntity {
  @Column({ type: 'varchar', length: 32 })
  code: string;

  /** Searched through congvu_fold(name), an expression index the migration creates. */
  @Index('IDX_unit_name_search', { synchronize: false })
  @Column({ type: 'varchar', length: 255 })
  name: string;

  /** The Vietnamese type as written officially: Phường, Xã, Quận, Sở, … */
  @Column({ type: 'varchar', length: 64 })
  typeVi: string;

  @Column({ type: 'enum', enum: UnitKind, enumName: 'unit_kind' })
  kind: UnitKind;

  @Column(() => Validity, { prefix: false })
  validity: Validity;

  @Column({ type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @ManyToOne(() => Unit, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'merged_into_id' })
  mergedInto: Relation<Unit> | null;
}
