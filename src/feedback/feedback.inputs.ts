import { IsEmail, IsOptional, Length, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, type ClassType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../common/scalars.js';
import { FeedbackChannel, FeedbackStatus } from './feedback.enums.js';
import {
  BooleanFilter,
  DateTimeFilter,
  EnumFilter,
  FilteredListArgs,
  IdFilter,
  OrderByInput,
  StringFilter,
  WhereCombinators,
} from '../common/where.js';

@InputType({ description: 'An item as the 1022 portal sends it.' })
export class ReceiveFeedbackInput {
  @Field(() => String, { description: 'The portal’s reference (1–64 characters); receiving it again is a no-op.' })
  @Length(1, 64)
  reference: string;

  @Field(() => FeedbackChannel, { description: 'How the citizen sent it.' })
  channel: FeedbackChannel;

  @Field(() => String, { description: 'The portal’s category (1–200 characters); sets the working days (R20).' })
  @Length(1, 200)
  category: string;

  @Field(() => String, { description: 'What the citizen wrote (1–20,000 characters).' })
  @Length(1, 20_000)
  content: string;

  @Field(() => String, { nullable: true, description: 'The citizen’s name (R23: shown to few).' })
  @IsOptional()
  @MaxLength(200)
  contactName?: string;

  @Field(() => String, { nullable: true, description: 'The citizen’s phone (R23).' })
  @IsOptional()
  @MaxLength(50)
  contactPhone?: string;

  @Field(() => String, { nullable: true, description: 'The citizen’s e-mail (R23); must be an address.' })
  @IsOptional()
  @IsEmail()
  contactEmail?: string;

  @Field(() => DateTimeScalar, { description: 'When the portal received it; the deadline counts from it (R20).' })
  receivedAt: Date;

  @Field(() => ID, {
    nullable: true,
    description: 'The unit to assign it to at once (valid on the day received); else it waits as RECEIVED.',
  })
  unitId?: string;
}

@InputType({ description: 'Simple conditions on 1022 items (fields combine with AND).' })
export class FeedbackFilter {
  @Field(() => ID, { nullable: true, description: 'Only items assigned to this unit.' })
  unitId?: string;

  @Field(() => Boolean, { nullable: true, description: 'With unitId: its sub-units too, as the tree is today.' })
  includeSubunits?: boolean;

  @Field(() => FeedbackStatus, { nullable: true, description: 'Only this status.' })
  status?: FeedbackStatus;

  @Field(() => Boolean, { nullable: true, description: 'true: only overdue items (R20); false: only the others.' })
  overdue?: boolean;

  @Field(() => String, { nullable: true, description: 'Only this category.' })
  category?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Received on this day or later (city time).' })
  receivedFrom?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Received on this day or earlier (city time).' })
  receivedTo?: string;
}

export const FeedbackStatusFilter = EnumFilter(FeedbackStatus, 'FeedbackStatus');
const FeedbackChannelFilter = EnumFilter(FeedbackChannel, 'FeedbackChannel');

@InputType({ description: 'Conditions on 1022 items (fields combine with AND), on top of `filter`.' })
export class FeedbackWhere extends WhereCombinators((): ClassType => FeedbackWhere) {
  @Field(() => IdFilter, { nullable: true, description: 'The item’s id.' })
  id?: IdFilter;

  @Field(() => StringFilter, { nullable: true, description: 'The portal’s reference.' })
  reference?: StringFilter;

  @Field(() => FeedbackChannelFilter, { nullable: true, description: 'How it reached the portal.' })
  channel?: InstanceType<typeof FeedbackChannelFilter>;

  @Field(() => StringFilter, { nullable: true, description: 'The portal’s category.' })
  category?: StringFilter;

  @Field(() => FeedbackStatusFilter, { nullable: true, description: 'The status.' })
  status?: InstanceType<typeof FeedbackStatusFilter>;

  @Field(() => IdFilter, { nullable: true, description: 'The unit assigned.' })
  unitId?: IdFilter;

  @Field(() => DateTimeFilter, { nullable: true, description: 'When the portal received it.' })
  receivedAt?: DateTimeFilter;

  @Field(() => DateTimeFilter, { nullable: true, description: 'The current handling cycle’s deadline.' })
  dueAt?: DateTimeFilter;

  @Field(() => DateTimeFilter, { nullable: true, description: 'When it was replied.' })
  repliedAt?: DateTimeFilter;

  @Field(() => BooleanFilter, { nullable: true, description: 'Past its deadline and not handled, now.' })
  overdue?: BooleanFilter;

  @Field(() => BooleanFilter, { nullable: true, description: 'The citizen’s answer to the reply.' })
  citizenSatisfied?: BooleanFilter;
}

export enum FeedbackOrderField {
  RECEIVED_AT = 'RECEIVED_AT',
  DUE_AT = 'DUE_AT',
  REPLIED_AT = 'REPLIED_AT',
  STATUS = 'STATUS',
  REFERENCE = 'REFERENCE',
  CATEGORY = 'CATEGORY',
}

export const FeedbackOrderBy = OrderByInput(FeedbackOrderField, 'Feedback', {
  rows: '1022 items',
  labels: {
    RECEIVED_AT: 'Thời điểm tiếp nhận',
    DUE_AT: 'Hạn xử lý',
    REPLIED_AT: 'Thời điểm trả lời',
    STATUS: 'Trạng thái',
    REFERENCE: 'Mã phản ánh',
    CATEGORY: 'Lĩnh vực',
  },
});

@ArgsType()
export class FeedbackListArgs extends FilteredListArgs(FeedbackFilter, FeedbackWhere, FeedbackOrderBy) {}
