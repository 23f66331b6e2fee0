import { Column, Entity, Index } from 'typeorm';
import { DatedEntity } from '../common/dated.entity.js';
import { StaffType } from './people.enums.js';

@Entity('person')
export class Person extends DatedEntity {
  /** Searched through congvu_fold(full_name), an expression index the migration creates. */
  @Index('IDX_person_name_search', { synchronize: false })
  @Column({ type: 'varchar', length: 255 })
  fullName: string;

  /** số hiệu cán bộ — the key imports match a person on; unique when given. */
  @Index('UQ_person_staff_number', { unique: true, where: '"staff_number" IS NOT NULL' })
  @Column({ type: 'varchar', length: 32, nullable: true })
  staffNumber: string | null;

  @Column({ type: 'enum', enum: StaffType, enumName: 'staff_type' })
  staffType: StaffType;

  /** Archived (hidden, restorable) instead of deleted: evaluations, pay and history keep pointing here. */
  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;
}
