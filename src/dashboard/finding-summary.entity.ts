import { BaseEntity, Column, Entity, PrimaryColumn } from 'typeorm';
import { FindingStatus } from '../inspection/inspection.enums.js';

/** Inspection findings per responsible unit and status. */
@Entity('finding_summary')
export class FindingSummary extends BaseEntity {
  @PrimaryColumn({ type: 'uuid' })
  unitId: string;

  @PrimaryColumn({ type: 'enum', enum: FindingStatus, enumName: 'finding_status' })
  status: FindingStatus;

  @Column({ type: 'int' })
  count: number;
}
