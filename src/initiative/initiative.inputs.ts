import { Field, InputType } from 'type-graphql';
import { registerLabelledEnum } from '../common/enum-labels.js';
import {
  BooleanFilter,
  DateFilter,
  DateTimeFilter,
  EnumFilter,
  IdFilter,
  IntFilter,
  OrderByInput,
  StringFilter,
} from '../common/where.js';
import { InitiativeStatus } from './initiative.enums.js';

const InitiativeStatusFilter = EnumFilter(InitiativeStatus, 'InitiativeStatus');

@InputType({ description: 'Conditions on initiatives (fields combine with AND), on top of `filter`.' })
export class InitiativeWhere {
  @Field(() => IdFilter, { nullable: true, description: 'The initiative’s id.' })
  id?: IdFilter;

  @Field(() => StringFilter, { nullable: true, description: 'The title.' })
  title?: StringFilter;

  @Field(() => InitiativeStatusFilter, { nullable: true, description: 'The status.' })
  status?: InstanceType<typeof InitiativeStatusFilter>;

  @Field(() => IdFilter, { nullable: true, description: 'The proposing unit.' })
  unitId?: IdFilter;

  @Field(() => IntFilter, { nullable: true, description: 'The year it was registered in.' })
  year?: IntFilter;

  @Field(() => DateTimeFilter, { nullable: true, description: 'When it was registered.' })
  createdAt?: DateTimeFilter;

  @Field(() => DateTimeFilter, { nullable: true, description: 'When it was last submitted.' })
  submittedAt?: DateTimeFilter;

  @Field(() => DateFilter, { nullable: true, description: 'The last day of the board’s review.' })
  reviewDueOn?: DateFilter;

  @Field(() => DateTimeFilter, { nullable: true, description: 'When the decision was recorded.' })
  decidedAt?: DateTimeFilter;

  @Field(() => BooleanFilter, { nullable: true, description: 'Under review past its 7-working-day limit, today.' })
  overdue?: BooleanFilter;

  @Field(() => [InitiativeWhere], { nullable: true, description: 'All of these.' })
  and?: InitiativeWhere[];

  @Field(() => [InitiativeWhere], { nullable: true, description: 'Any of these.' })
  or?: InitiativeWhere[];

  @Field(() => InitiativeWhere, { nullable: true, description: 'Not this.' })
  not?: InitiativeWhere;
}

export enum InitiativeOrderField {
  CREATED_AT = 'CREATED_AT',
  SUBMITTED_AT = 'SUBMITTED_AT',
  REVIEW_DUE_ON = 'REVIEW_DUE_ON',
  TITLE = 'TITLE',
  STATUS = 'STATUS',
}

registerLabelledEnum(InitiativeOrderField, {
  name: 'InitiativeOrderField',
  description: 'The columns initiatives sort by.',
  labels: {
    CREATED_AT: 'Ngày đăng ký',
    SUBMITTED_AT: 'Ngày nộp',
    REVIEW_DUE_ON: 'Hạn thẩm định',
    TITLE: 'Tên sáng kiến',
    STATUS: 'Trạng thái',
  },
});

export const InitiativeOrderBy = OrderByInput(InitiativeOrderField, 'Initiative');
