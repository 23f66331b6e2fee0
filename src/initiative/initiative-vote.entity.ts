import { Check, Column, Entity, Unique } from 'typeorm';
import { CreatedEntity } from '../common/dated.entity.js';
import { Vote } from './initiative.enums.js';

/** A member's scores and vote in one round; final once the round's result is recorded. */
@Entity('initiative_vote')
@Unique('UQ_initiative_vote', ['initiativeId', 'round', 'userId'])
@Check(
  'CHK_initiative_vote_scores',
  `"novelty" BETWEEN 0 AND 100 AND "feasibility" BETWEEN 0 AND 100 AND "impact" BETWEEN 0 AND 100 AND "scope" BETWEEN 0 AND 100`,
)
export class InitiativeVote extends CreatedEntity {
  @Column({ type: 'uuid' })
  initiativeId: string;

  @Column({ type: 'int' })
  round: number;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'int' })
  novelty: number;

  @Column({ type: 'int' })
  feasibility: number;

  @Column({ type: 'int' })
  impact: number;

  @Column({ type: 'int' })
  scope: number;

  @Column({ type: 'enum', enum: Vote, enumName: 'vote' })
  vote: Vote;

  @Column({ type: 'text', nullable: true })
  comment: string | null;
}
