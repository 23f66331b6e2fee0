import { BaseEntity, Column, Entity, PrimaryColumn } from 'typeorm';
import { InitiativeStatus } from '../initiative/initiative.enums.js';

/** Initiatives per proposing unit and status. */
@Entity('initiative_summary')
export class InitiativeSummary extends BaseEntity {
  @PrimaryColumn({ type: 'uuid' })
  unitId: string;

  @PrimaryColumn({ type: 'enum', enum: InitiativeStatus, enumName: 'initiative_status' })
  status: InitiativeStatus;

  @Column({ type: 'int' })
  count: number;
}
