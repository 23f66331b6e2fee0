import { BaseEntity, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Forms of discipline (R26). From 1 July 2025 (Decree 172/2025) salary-step reduction and demotion are gone. */
export enum DisciplineForm {
  REPRIMAND = 'REPRIMAND',
  WARNING = 'WARNING',
  SALARY_STEP_REDUCTION = 'SALARY_STEP_REDUCTION',
  DEMOTION = 'DEMOTION',
  REMOVAL_FROM_OFFICE = 'REMOVAL_FROM_OFFICE',
  DISMISSAL = 'DISMISSAL',
}

export const DISCIPLINE_FORM_LABELS_VI: Record<DisciplineForm, string> = {
  REPRIMAND: 'Khiển trách',
  WARNING: 'Cảnh cáo',
  SALARY_STEP_REDUCTION: 'Hạ bậc lương',
  DEMOTION: 'Giáng chức',
  REMOVAL_FROM_OFFICE: 'Cách chức',
  DISMISSAL: 'Buộc thôi việc',
};

/** A discipline case; its decision date forces the level of the YEAR and QUARTER it falls in (R13). */
@Entity('discipline_case')
export class DisciplineCase extends BaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
