import { Column, Entity, Unique } from 'typeorm';
import { KeyedEntity } from '../common/dated.entity.js';
import { InitiativeStatus } from './initiative.enums.js';

/** One review round: the board as it was on the submission day, who is eligible and who is recused. */
@Entity('initiative_round')
@Unique('UQ_initiative_round', ['initiativeId', 'round'])
export class InitiativeRound extends KeyedEntity {
  @Column({ type: 'uuid' })
  initiativeId: string;

  @Column({ type: 'int' })
  round: number;

  @Column({ type: 'date' })
  submittedOn: string;

  @Column({ type: 'uuid', array: true })
  eligibleUserIds: string[];

  @Column({ type: 'uuid', array: true, default: '{}' })
  recusedUserIds: string[];

  @Column({ type: 'uuid', nullable: true })
  chairUserId: string | null;

  /** RECOMMENDED / NOT_RECOMMENDED once recorded; RETURNED when sent back */
  @Column({ type: 'enum', enum: InitiativeStatus, enumName: 'initiative_status', nullable: true })
  outcome: InitiativeStatus | null;

  @Column({ type: 'text', nullable: true })
  returnReason: string | null;
}
