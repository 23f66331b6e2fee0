import { Column, Entity, Index } from 'typeorm';
import { CreatedEntity } from '../common/dated.entity.js';
import { InspectionKind, InspectionMethod, InspectionStatus } from './inspection.enums.js';

/** An inspection of a unit (R24), ending in a conclusion notice. */
@Entity('inspection')
export class Inspection extends CreatedEntity {
  @Column({ type: 'enum', enum: InspectionKind, enumName: 'inspection_kind' })
  kind: InspectionKind;

  @Column({ type: 'enum', enum: InspectionMethod, enumName: 'inspection_method' })
  method: InspectionMethod;

  @Index('IDX_inspection_unit')
  @Column({ type: 'uuid' })
  unitId: string;

  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date', nullable: true })
  endsOn: string | null;

  @Column({ type: 'enum', enum: InspectionStatus, enumName: 'inspection_status', default: InspectionStatus.SCHEDULED })
  status: InspectionStatus;

  /** the conclusion notice: achievements, shortcomings, directions */
  @Column({ type: 'text', nullable: true })
  achievements: string | null;

  @Column({ type: 'text', nullable: true })
  shortcomings: string | null;

  @Column({ type: 'text', nullable: true })
  directions: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  concludedAt: Date | null;
}
