import {
  BaseEntity,
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { InitiativeStatus, Vote } from './initiative-enums.js';

/** A registered initiative (sáng kiến) of a unit (§6). */
@Entity('initiative')
export class Initiative extends BaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 500 })
  title: string;

  /** the problem, and the obstacle it removes */
  @Column({ type: 'text', default: '' })
  problem: string;

  @Column({ type: 'text', default: '' })
  content: string;

  @Column({ type: 'text', default: '' })
  scope: string;

  @Column({ type: 'text', default: '' })
  timeline: string;

  @Column({ type: 'text', default: '' })
  resources: string;

  @Column({ type: 'text', default: '' })
  feasibility: string;

  @Column({ type: 'text', default: '' })
  expectedImpact: string;

  @Index('IDX_initiative_unit')
  @Column({ type: 'uuid' })
  unitId: string;

  @Index('IDX_initiative_status')
  @Column({ type: 'enum', enum: InitiativeStatus, enumName: 'initiative_status', default: InitiativeStatus.DRAFT })
  status: InitiativeStatus;

  /** the current review round (1 at the first submission; a return for revision opens the next) */
  @Column({ type: 'int', default: 0 })
  round: number;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  /** R28: review within 7 working days of submission */
  @Column({ type: 'date', nullable: true })
  reviewDueOn: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  resultRecordedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  resultExplanation: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'date', nullable: true })
  completedOn: string | null;

  @Column({ type: 'text', nullable: true })
  report: string | null;

  /** R28: result report within 5 working days of completion; evaluation within 7 of the report */
  @Column({ type: 'date', nullable: true })
  reportDueOn: string | null;

  @Column({ type: 'date', nullable: true })
  reportedOn: string | null;

  @Column({ type: 'date', nullable: true })
  evaluationDueOn: string | null;

  @Column({ type: 'date', nullable: true })
  evaluatedOn: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

@Entity('initiative_proposer')
export class InitiativeProposer extends BaseEntity {
  @PrimaryColumn({ type: 'uuid' })
  initiativeId: string;

  @Index('IDX_initiative_proposer_person')
  @PrimaryColumn({ type: 'uuid' })
  personId: string;
}

/** A member of the appraisal board (Tổ thẩm định): a BOARD_MEMBER user representing a department; one chair. */
@Entity('board_member')
@Check('CHK_board_member_validity', `"valid_to" IS NULL OR "valid_to" > "valid_from"`)
export class BoardMember extends BaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('IDX_board_member_user')
  @Column({ type: 'uuid' })
  userId: string;

  /** the department the member represents */
  @Column({ type: 'uuid' })
  unitId: string;

  @Column({ type: 'boolean', default: false })
  chair: boolean;

  @Column({ type: 'date' })
  validFrom: string;

  @Column({ type: 'date', nullable: true })
  validTo: string | null;
}

/** One review round: the board as it was on the submission day, who is eligible and who is recused. */
@Entity('initiative_round')
@Unique('UQ_initiative_round', ['initiativeId', 'round'])
export class InitiativeRound extends BaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

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

/** A member's scores and vote in one round; final once the round's result is recorded. */
@Entity('initiative_vote')
@Unique('UQ_initiative_vote', ['initiativeId', 'round', 'userId'])
@Check(
  'CHK_initiative_vote_scores',
  `"novelty" BETWEEN 0 AND 100 AND "feasibility" BETWEEN 0 AND 100 AND "impact" BETWEEN 0 AND 100 AND "scope" BETWEEN 0 AND 100`,
)
export class InitiativeVote extends BaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

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
