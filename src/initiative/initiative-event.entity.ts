import { BaseEntity, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { InitiativeStatus } from './initiative.enums.js';

/** Every step of an initiative: who, when, from, to, why; `late` past its time limit (R28). */
@Entity('initiative_event')
export class InitiativeEvent extends BaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('IDX_initiative_event_initiative')
  @Column({ type: 'uuid' })
  initiativeId: string;

  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ type: 'varchar', length: 40 })
  action: string;

  @Column({ type: 'enum', enum: InitiativeStatus, enumName: 'initiative_status', nullable: true })
  fromStatus: InitiativeStatus | null;

  @Column({ type: 'enum', enum: InitiativeStatus, enumName: 'initiative_status' })
  toStatus: InitiativeStatus;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'boolean', default: false })
  late: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
