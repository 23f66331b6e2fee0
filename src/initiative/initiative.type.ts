import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../common/node.js';
import { Connection } from '../common/pagination.js';
import { DateScalar, DateTimeScalar } from '../common/scalars.js';
import { InitiativeStatus } from './initiative.enums.js';
import type { Initiative } from './initiative.entity.js';

@ObjectType('ReviewProgress', { description: 'Visible to everyone: “3/7 đã thẩm định”.' })
export class ReviewProgressType {
  @Field(() => Int, { description: 'The review round, 1 for the first submission, +1 for each resubmission.' })
  round: number;

  @Field(() => Int, { description: 'Members who have voted in this round.' })
  voted: number;

  @Field(() => Int, {
    description: 'Members who may vote in this round (the board of the submission day, less the recused).',
  })
  eligible: number;

  @Field(() => Int, { description: 'R27: members sitting out (their unit proposed it, or is above it).' })
  recused: number;
}

@ObjectType('Initiative', {
  implements: Node,
  description:
    'A proposal to improve the administration (sáng kiến): registration, board review, decision, result (§6).',
})
export class InitiativeType {
  @Field(() => ID, { description: 'The initiative’s id.' })
  id: string;

  @Field(() => String, { description: 'The initiative’s name (tên sáng kiến).' })
  title: string;

  @Field(() => String, { description: 'The problem or obstacle it removes (vấn đề, vướng mắc).' })
  problem: string;

  @Field(() => String, { description: 'What it proposes (nội dung).' })
  content: string;

  @Field(() => String, { description: 'Where and to whom it applies (phạm vi).' })
  scope: string;

  @Field(() => String, { description: 'When it is carried out (thời gian thực hiện).' })
  timeline: string;

  @Field(() => String, { description: 'The resources it needs (nguồn lực).' })
  resources: string;

  @Field(() => String, { description: 'Why it can be done (tính khả thi).' })
  feasibility: string;

  @Field(() => String, { description: 'The expected effect (hiệu quả dự kiến).' })
  expectedImpact: string;

  @Field(() => InitiativeStatus, { description: 'Where it stands in its workflow.' })
  status: InitiativeStatus;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was last submitted for review; null before.' })
  submittedAt: Date | null;

  @Field(() => DateScalar, { nullable: true, description: 'R28: 7 working days after submission.' })
  reviewDueAt: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When a city leader approved or rejected it.' })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The board’s result, when recorded.' })
  recommendation: string | null;

  @Field(() => String, { nullable: true, description: 'The proposing unit’s result report (reportInitiativeResult).' })
  report: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day the work was completed; R29’s merit points count in its year.',
  })
  completedOn: string | null;

  unitId: string;
  round: number;
  resultRecordedAt: Date | null;

  static from(initiative: Initiative): InitiativeType {
    return Object.assign(new InitiativeType(), initiative, {
      reviewDueAt: initiative.reviewDueOn,
      recommendation: initiative.resultRecordedAt ? initiative.resultExplanation : null,
    });
  }
}

@ObjectType('InitiativeHistoryEntry', {
  description: 'One step: who, when, from, to, why; late past its time limit (R28).',
})
export class InitiativeHistoryEntryType {
  @Field(() => DateTimeScalar, { description: 'When the step was taken.' })
  at: Date;

  @Field(() => String, { nullable: true, description: 'The login that took the step.' })
  actor: string | null;

  @Field(() => String, {
    description: 'The step: REGISTER, SUBMIT, REVIEW, RECORD_RESULT, RETURN, APPROVE, REJECT, START, REPORT, EVALUATE.',
  })
  action: string;

  @Field(() => InitiativeStatus, { nullable: true, description: 'The status before; null for the registration.' })
  fromStatus: InitiativeStatus | null;

  @Field(() => InitiativeStatus, { description: 'The status after.' })
  toStatus: InitiativeStatus;

  @Field(() => String, { nullable: true, description: 'The reason or note given, or the board’s result explained.' })
  reason: string | null;

  @Field(() => Boolean, { description: 'R28: taken past its time limit in working days.' })
  late: boolean;
}

@ObjectType({ description: 'A page of initiatives (Relay connection).' })
export class InitiativeConnection extends Connection(InitiativeType, 'Initiative') {}

@ObjectType('InitiativeStatusCount', { description: 'How many initiatives stand at one status.' })
export class InitiativeStatusCountType {
  @Field(() => InitiativeStatus, { description: 'The status.' })
  status: InitiativeStatus;

  @Field(() => Int, { description: 'How many initiatives (with the filter given) stand at it.' })
  count: number;
}

@ObjectType('ProtectedCadre', { description: 'R29: a proposer of an approved initiative, acting within it.' })
export class ProtectedCadreType {
  @Field(() => ID, { description: 'The proposer’s person id.' })
  personId: string;

  @Field(() => String, { description: 'The proposer’s full name.' })
  fullName: string;

  @Field(() => ID, { description: 'The initiative.' })
  initiativeId: string;

  @Field(() => String, { description: 'Its title.' })
  initiativeTitle: string;

  @Field(() => InitiativeStatus, { description: 'Its status: APPROVED, IMPLEMENTING, REPORTED or COMPLETED.' })
  status: InitiativeStatus;
}
