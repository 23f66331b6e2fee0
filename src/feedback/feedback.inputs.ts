import { Field, InputType } from 'type-graphql';
import { registerLabelledEnum } from '../common/enum-labels.js';
import { BooleanFilter, DateTimeFilter, EnumFilter, IdFilter, OrderByInput, StringFilter } from '../common/where.js';
import { FeedbackChannel, FeedbackStatus } from './feedback.enums.js';

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
