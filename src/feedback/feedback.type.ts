import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../common/node.js';
import { Connection } from '../common/pagination.js';
import { DateScalar, DateTimeScalar } from '../common/scalars.js';
import { UnitType } from '../hierarchy/unit.type.js';
import { AssignmentReason, FeedbackChannel, FeedbackStatus } from './feedback.enums.js';
import type { FeedbackItem } from './feedback-item.entity.js';

@ObjectType('FeedbackItem', {
  implements: Node,
  description:
    'A citizen’s feedback from the 1022 portal. Contact fields only for the assigned unit’s staff and Home Affairs (R23).',
})
export class FeedbackItemType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  reference: string;

  @Field(() => FeedbackChannel)
  channel: FeedbackChannel;

  @Field(() => String)
  category: string;

  @Field(() => String)
  content: string;

  @Field(() => FeedbackStatus)
  status: FeedbackStatus;

  @Field(() => DateTimeScalar)
  receivedAt: Date;

  @Field(() => DateTimeScalar)
  dueAt: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  repliedAt: Date | null;

  @Field(() => String, { nullable: true })
  reply: string | null;

  @Field(() => Boolean, { nullable: true })
  citizenSatisfied: boolean | null;

  @Field(() => Boolean, { description: 'Past due and not replied, closed or rejected — from the clock, never stored.' })
  overdue: boolean;

  unitId: string | null;
  contact: { name: string | null; phone: string | null; email: string | null };

  static from(item: FeedbackItem, overdue: boolean): FeedbackItemType {
    return Object.assign(new FeedbackItemType(), {
      id: item.id,
      reference: item.reference,
      channel: item.channel,
      category: item.category,
      content: item.content,
      status: item.status,
      receivedAt: item.receivedAt,
      dueAt: item.dueAt,
      repliedAt: item.repliedAt,
      reply: item.reply,
      citizenSatisfied: item.citizenSatisfied,
      overdue,
      unitId: item.unitId,
      contact: { name: item.contactName, phone: item.contactPhone, email: item.contactEmail },
    });
  }
}

@ObjectType()
export class FeedbackConnection extends Connection(FeedbackItemType, 'Feedback') {}

@ObjectType('FeedbackAssignment')
export class FeedbackAssignmentType {
  @Field(() => DateTimeScalar)
  assignedAt: Date;

  @Field(() => AssignmentReason)
  reason: AssignmentReason;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => DateTimeScalar)
  dueAt: Date;

  unitId: string;
}

@ObjectType('FeedbackProgress')
export class FeedbackProgressType {
  @Field(() => String)
  note: string;

  @Field(() => DateScalar)
  committedDate: string;

  @Field(() => DateTimeScalar)
  createdAt: Date;
}

@ObjectType('FeedbackStats', { description: 'R22 for a unit (and its sub-units) over [from, to].' })
export class FeedbackStatsType {
  @Field(() => Int)
  due: number;

  @Field(() => Int)
  onTime: number;

  @Field(() => Int)
  overdueAtEnd: number;

  @Field(() => Float, { nullable: true, description: 'On time ÷ due, percent; null when nothing was due.' })
  onTimeRate: number | null;

  @Field(() => Float, { nullable: true, description: 'Decision 766: (due − unsatisfied or late) ÷ due, percent.' })
  satisfactionPercent: number | null;

  @Field(() => Boolean, {
    description: 'With lineage: a part of a split unit is counted whole, so the figures are approximate.',
  })
  approximate = false;
}

@ObjectType('FeedbackRankingRow')
export class FeedbackRankingRowType {
  @Field(() => Int, { description: '1 + the number of units strictly ahead: units with equal rates share a rank.' })
  rank: number;

  @Field(() => UnitType)
  unit: UnitType;

  @Field(() => Int)
  due: number;

  @Field(() => Int)
  onTime: number;

  @Field(() => Float)
  onTimeRate: number;

  @Field(() => Boolean, {
    description: 'With lineage: a split predecessor’s items count for each of its parts, so approximate.',
  })
  approximate: boolean;
}
