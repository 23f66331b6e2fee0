import { Field, InputType } from 'type-graphql';
import { registerLabelledEnum } from '../common/enum-labels.js';
import { DateFilter, DateTimeFilter, EnumFilter, IdFilter, OrderByInput } from '../common/where.js';
import { InspectionKind, InspectionMethod, InspectionStatus } from './inspection.enums.js';

const InspectionKindFilter = EnumFilter(InspectionKind, 'InspectionKind');
const InspectionMethodFilter = EnumFilter(InspectionMethod, 'InspectionMethod');
const InspectionStatusFilter = EnumFilter(InspectionStatus, 'InspectionStatus');

@InputType({ description: 'Conditions on inspections (fields combine with AND), on top of `filter`.' })
export class InspectionWhere {
  @Field(() => IdFilter, { nullable: true, description: 'The inspection’s id.' })
  id?: IdFilter;

  @Field(() => InspectionKindFilter, { nullable: true, description: 'The kind.' })
  kind?: InstanceType<typeof InspectionKindFilter>;

  @Field(() => InspectionMethodFilter, { nullable: true, description: 'The method.' })
  method?: InstanceType<typeof InspectionMethodFilter>;

  @Field(() => InspectionStatusFilter, { nullable: true, description: 'The status.' })
  status?: InstanceType<typeof InspectionStatusFilter>;

  @Field(() => IdFilter, { nullable: true, description: 'The unit inspected.' })
  unitId?: IdFilter;

  @Field(() => DateFilter, { nullable: true, description: 'The first day of the inspection.' })
  startsOn?: DateFilter;

  @Field(() => DateFilter, { nullable: true, description: 'The last day of the inspection.' })
  endsOn?: DateFilter;

  @Field(() => DateTimeFilter, { nullable: true, description: 'When it was concluded.' })
  concludedAt?: DateTimeFilter;

  @Field(() => [InspectionWhere], { nullable: true, description: 'All of these.' })
  and?: InspectionWhere[];

  @Field(() => [InspectionWhere], { nullable: true, description: 'Any of these.' })
  or?: InspectionWhere[];

  @Field(() => InspectionWhere, { nullable: true, description: 'Not this.' })
  not?: InspectionWhere;
}

export enum InspectionOrderField {
  STARTS_ON = 'STARTS_ON',
  CONCLUDED_AT = 'CONCLUDED_AT',
  STATUS = 'STATUS',
  KIND = 'KIND',
}

registerLabelledEnum(InspectionOrderField, {
  name: 'InspectionOrderField',
  description: 'The columns inspections sort by.',
  labels: { STARTS_ON: 'Ngày bắt đầu', CONCLUDED_AT: 'Thời điểm kết luận', STATUS: 'Trạng thái', KIND: 'Hình thức' },
});

export const InspectionOrderBy = OrderByInput(InspectionOrderField, 'Inspection');
