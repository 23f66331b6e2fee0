import { IsEmail, IsOptional, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../common/scalars.js';
import { FeedbackChannel, FeedbackStatus } from './feedback.enums.js';
import { registerLabelledEnum } from '../common/enum-labels.js';
import { BooleanFilter, DateTimeFilter, EnumFilter, IdFilter, OrderByInput, StringFilter } from '../common/where.js';

@InputType()
export class ReceiveFeedbackInput {
  @Field(() => String)
  @Length(1, 64)
  reference: string;

  @Field(() => FeedbackChannel)
  channel: FeedbackChannel;

  @Field(() => String)
  @Length(1, 200)
  category: string;

  @Field(() => String)
  @Length(1, 20_000)
  content: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  contactName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50)
  contactPhone?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  contactEmail?: string;

  @Field(() => DateTimeScalar)
  receivedAt: Date;

  @Field(() => ID, { nullable: true })
  unitId?: string;
}

@InputType()
export class FeedbackFilter {
  @Field(() => ID, { nullable: true })
  unitId?: string;

  @Field(() => Boolean, { nullable: true })
  includeSubunits?: boolean;

  @Field(() => FeedbackStatus, { nullable: true })
  status?: FeedbackStatus;

  @Field(() => Boolean, { nullable: true })
  overdue?: boolean;

  @Field(() => String, { nullable: true })
  category?: string;

  @Field(() => DateScalar, { nullable: true })
  receivedFrom?: string;

  @Field(() => DateScalar, { nullable: true })
  receivedTo?: string;
}

export const FeedbackStatusFilter = EnumFilter(FeedbackStatus, 'FeedbackStatus');
const FeedbackChannelFilter = EnumFilter(FeedbackChannel, 'FeedbackChannel');

@InputType({ description: 'Conditions on 1022 items (fields combine with AND), on top of `filter`.' })
export class FeedbackWhere {
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

  @Field(() => [FeedbackWhere], { nullable: true, description: 'All of these.' })
  and?: FeedbackWhere[];

  @Field(() => [FeedbackWhere], { nullable: true, description: 'Any of these.' })
  or?: FeedbackWhere[];

  @Field(() => FeedbackWhere, { nullable: true, description: 'Not this.' })
  not?: FeedbackWhere;
}

export enum FeedbackOrderField {
  RECEIVED_AT = 'RECEIVED_AT',
  DUE_AT = 'DUE_AT',
  REPLIED_AT = 'REPLIED_AT',
  STATUS = 'STATUS',
  REFERENCE = 'REFERENCE',
  CATEGORY = 'CATEGORY',
}

registerLabelledEnum(FeedbackOrderField, {
  name: 'FeedbackOrderField',
  description: 'The columns 1022 items sort by.',
  labels: {
    RECEIVED_AT: 'Thời điểm tiếp nhận',
    DUE_AT: 'Hạn xử lý',
    REPLIED_AT: 'Thời điểm trả lời',
    STATUS: 'Trạng thái',
    REFERENCE: 'Mã phản ánh',
    CATEGORY: 'Lĩnh vực',
  },
});

export const FeedbackOrderBy = OrderByInput(FeedbackOrderField, 'Feedback');
