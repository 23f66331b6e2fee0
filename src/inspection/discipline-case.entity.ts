import { Column, Entity, Index } from 'typeorm';
import { CreatedEntity } from '../common/dated.entity.js';
import { DisciplineForm } from './inspection.enums.js';

/** A discipline case; its decision date forces the level of the YEAR and QUARTER it falls in (R13). */
@Entity('discipline_case')
export class DisciplineCase extends CreatedEntity {
  @Index('IDX_discipline_case_person')
  @Column({ type: 'uuid' })
  personId: string;

  @Column({ type: 'enum', enum: DisciplineForm, enumName: 'discipline_form', nullable: true })
  form: DisciplineForm | null;

  @Column({ type: 'date' })
  openedOn: string;

  @Column({ type: 'date', nullable: true })
  decidedOn: string | null;

  /** 150 days instead of 90 to decide */
  @Column({ type: 'boolean', default: false })
  extended: boolean;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
