import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../common/node.js';
import { Connection } from '../common/pagination.js';
import { DateScalar, DateTimeScalar } from '../common/scalars.js';
import { InitiativeStatus } from './initiative.enums.js';
import type { Initiative } from './initiative.entity.js';

@ObjectType('ReviewProgress', { description: 'Visible to everyone: “3/7 đã thẩm định”.' })
export class ReviewProgressType {
  @Field(() => Int)
  round: number;

  @Field(() => Int)
  voted: number;

  @Field(() => Int)
  eligible: number;

  @Field(() => Int)
  recused: number;
}

@ObjectType('Initiative', { implements: Node })
export class InitiativeType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => String)
  problem: string;

  @Field(() => String)
  content: string;

  @Field(() => String)
  scope: string;

  @Field(() => String)
  timeline: string;

  @Field(() => String)
  resources: string;

  @Field(() => String)
  feasibility: string;

  @Field(() => String)
  expectedImpact: string;

  @Field(() => InitiativeStatus)
  status: InitiativeStatus;

  @Field(() => DateTimeScalar, { nullable: true })
  submittedAt: Date | null;

  @Field(() => DateScalar, { nullable: true, description: 'R28: 7 working days after submission.' })
  reviewDueAt: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The board’s result, when recorded.' })
  recommendation: string | null;

  @Field(() => String, { nullable: true })
  report: string | null;

  @Field(() => DateScalar, { nullable: true })
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
  @Field(() => DateTimeScalar)
  at: Date;

  @Field(() => String, { nullable: true })
  actor: string | null;

  @Field(() => String)
  action: string;

  @Field(() => InitiativeStatus, { nullable: true })
  fromStatus: InitiativeStatus | null;

  @Field(() => InitiativeStatus)
  toStatus: InitiativeStatus;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => Boolean)
  late: boolean;
}

@ObjectType()
export class InitiativeConnection extends Connection(InitiativeType, 'Initiative') {}

@ObjectType('InitiativeStatusCount')
export class InitiativeStatusCountType {
  @Field(() => InitiativeStatus)
  status: InitiativeStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType('ProtectedCadre', { description: 'R29: a proposer of an approved initiative, acting within it.' })
export class ProtectedCadreType {
  @Field(() => ID)
  personId: string;

  @Field(() => String)
  fullName: string;

  @Field(() => ID)
  initiativeId: string;

  @Field(() => String)
  initiativeTitle: string;

  @Field(() => InitiativeStatus)
  status: InitiativeStatus;
}
