import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { KeyedEntity } from '../common/dated.entity.js';
import { AbsenceKind } from './people.enums.js';
import { Person } from './person.entity.js';
import { BoundedValidity } from '../common/validity.js';

/** Leave over [validFrom, validTo); feeds NOT_RATED (R10). */
@Entity('absence')
@Check('CHK_absence_validity', `"valid_to" > "valid_from"`)
export class Absence extends KeyedEntity {
  @Index('IDX_absence_person')
  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person: Relation<Person>;

  @Column({ type: 'enum', enum: AbsenceKind, enumName: 'absence_kind' })
  kind: AbsenceKind;

  @Column(() => BoundedValidity, { prefix: false })
  validity: BoundedValidity;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;
}
