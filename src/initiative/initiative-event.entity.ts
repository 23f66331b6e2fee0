import { Column, Entity, Index } from 'typeorm';
import { WorkflowEvent } from '../common/workflow-event.entity.js';
import { InitiativeStatus } from './initiative.enums.js';

/** Every step of an initiative: who, when, from, to, why; `late` past its time limit (R28). */
@Entity('initiative_event')
export class InitiativeEvent extends WorkflowEvent<InitiativeStatus> {
  @Index('IDX_initiative_event_initiative')
  @Column({ type: 'uuid' })
  initiativeId: string;

  @Column({ type: 'enum', enum: InitiativeStatus, enumName: 'initiative_status', nullable: true })
  fromStatus: InitiativeStatus | null;

  @Column({ type: 'enum', enum: InitiativeStatus, enumName: 'initiative_status' })
  toStatus: InitiativeStatus;

  @Column({ type: 'boolean', default: false })
  late: boolean;
}
