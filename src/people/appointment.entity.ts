import { Check, Column, Entity, Exclusion, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { CreatedEntity } from '../common/dated.entity.js';
import { Unit } from '../hierarchy/unit.entity.js';
import { Position } from './people.enums.js';
import { Person } from './person.entity.js';
import { Validity } from '../common/validity.js';

/**
 * A person holding a position in a unit over [validFrom, validTo). R3: at most one non-acting and one acting
 * head per unit on any day, enforced by the exclusion constraint below.
 */
@Entity('appointment')
@Exclusion(
  'EXC_appointment_one_head',
  `USING gist ("unit_id" WITH =, "acting" WITH =, daterange("valid_from", "valid_to", '[)') WITH &&) WHERE ("position" = 'HEAD')`,
)
@Check('CHK_appointment_validity', `"valid_to" IS NULL OR "valid_to" > "valid_from"`)
export class Appointment extends CreatedEntity {
  @Index('IDX_appointment_person')
  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person: Relation<Person>;

  @Index('IDX_appointment_unit')
  @Column({ type: 'uuid' })
  unitId: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit: Relation<Unit>;

  @Column({ type: 'enum', enum: Position, enumName: 'position' })
  position: Position;

  /** quyền / phụ trách — holds the post in an acting capacity. */
  @Column({ type: 'boolean', default: false })
  acting: boolean;

  @Column(() => Validity, { prefix: false })
  validity: Validity;
}
