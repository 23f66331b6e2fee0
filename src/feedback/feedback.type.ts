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
  @Field(() => ID, { description: 'The item’s id.' })
  id: string;

  @Field(() => String, { description: 'The 1022 portal’s reference number (unique).' })
  reference: string;

  @Field(() => FeedbackChannel, { description: 'How the citizen sent it.' })
  channel: FeedbackChannel;

  @Field(() => String, { description: 'The portal’s category; it sets the working days to answer (R20).' })
  category: string;

  @Field(() => String, { description: 'What the citizen wrote.' })
  content: string;

  @Field(() => FeedbackStatus, { description: 'Where the item stands in its handling.' })
  status: FeedbackStatus;

  @Field(() => DateTimeScalar, { description: 'When the portal received it.' })
  receivedAt: Date;

  @Field(() => DateTimeScalar, {
    description: 'R20: the end (23:59:59, city time) of the N-th working day after receipt or the last restart.',
  })
  dueAt: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the unit replied in this handling cycle.' })
  repliedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The unit’s reply to the citizen.' })
  reply: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'The citizen’s answer when the item was closed; null while unknown.',
  })
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

@ObjectType({ description: 'A page of 1022 items (Relay connection).' })
export class FeedbackConnection extends Connection(FeedbackItemType, 'Feedback') {}

@ObjectType('FeedbackAssignment', { description: 'R19: one assignment of an item to a unit.' })
export class FeedbackAssignmentType {
  @Field(() => DateTimeScalar, { description: 'When the item was assigned.' })
  assignedAt: Date;

  @Field(() => AssignmentReason, {
    description: 'Why: INITIAL, MISROUTED (the deadline restarts), OTHER or REORGANISATION (a successor unit).',
  })
  reason: AssignmentReason;

  @Field(() => String, { nullable: true, description: 'The note given with it.' })
  note: string | null;

  @Field(() => DateTimeScalar, { description: 'The item’s due moment after this assignment.' })
  dueAt: Date;

  unitId: string;
}

@ObjectType('FeedbackProgress', { description: 'R21: a progress update by the assigned unit.' })
export class FeedbackProgressType {
  @Field(() => String, { description: 'What was done.' })
  note: string;

  @Field(() => DateScalar, { description: 'The day the unit commits to answering by.' })
  committedDate: string;

  @Field(() => DateTimeScalar, { description: 'When the update was entered.' })
  createdAt: Date;
}

@ObjectType('FeedbackStats', { description: 'R22 for a unit (and its sub-units) over [from, to].' })
export class FeedbackStatsType {
  @Field(() => Int, { description: 'Handling cycles falling due within [from, to] (city days, both ends included).' })
  due: number;

  @Field(() => Int, { description: 'Of those, the ones answered by their due moment.' })
  onTime: number;

  @Field(() => Int, {
    description: 'Cycles still overdue at the end of `to` (again in each later period until answered).',
  })
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

@ObjectType('FeedbackRankingRow', { description: 'One unit’s place in the on-time ranking (R22).' })
export class FeedbackRankingRowType {
  @Field(() => Int, { description: '1 + the number of units strictly ahead: units with equal rates share a rank.' })
  rank: number;

  @Field(() => UnitType, { description: 'The unit, seen on `to`.' })
  unit: UnitType;

  @Field(() => Int, { description: 'Handling cycles due within the range, charged to the unit.' })
  due: number;

  @Field(() => Int, { description: 'Of those, the ones answered on time.' })
  onTime: number;

  @Field(() => Float, { description: 'On time ÷ due, percent (two decimals); units with nothing due are not ranked.' })
  onTimeRate: number;

  @Field(() => Boolean, {
    description: 'With lineage: a split predecessor’s items count for each of its parts, so approximate.',
  })
  approximate: boolean;
}
