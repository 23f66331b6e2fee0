import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '../common/scalars.js';
import { ForcingEventKind, InspectionKind, InspectionMethod, InspectionStatus } from './inspection.enums.js';
import { registerLabelledEnum } from '../common/enum-labels.js';
import { DateFilter, DateTimeFilter, EnumFilter, IdFilter, OrderByInput } from '../common/where.js';

@InputType()
export class RecordForcingEventInput {
  @Field(() => ID)
  personId: string;

  @Field(() => ForcingEventKind)
  kind: ForcingEventKind;

  @Field(() => DateScalar)
  occurredOn: string;

  @Field(() => String, { description: 'The document it rests on: number, date, issuer.' })
  @MaxLength(500)
  document: string;
}

@InputType()
export class InspectionFilter {
  @Field(() => ID, { nullable: true })
  unitId?: string;

  @Field(() => Boolean, { nullable: true })
  includeSubunits?: boolean;

  @Field(() => InspectionStatus, { nullable: true })
  status?: InspectionStatus;

  @Field(() => InspectionKind, { nullable: true })
  kind?: InspectionKind;

  @Field(() => InspectionMethod, { nullable: true })
  method?: InspectionMethod;
}

@InputType()
export class ScheduleInspectionInput {
  @Field(() => InspectionKind)
  kind: InspectionKind;

  @Field(() => InspectionMethod)
  method: InspectionMethod;

  @Field(() => ID)
  unitId: string;

  @Field(() => DateScalar)
  startsOn: string;

  @Field(() => DateScalar, { nullable: true })
  endsOn?: string;

  @Field(() => [ID], { description: 'Users with the INSPECTOR role.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  teamUserIds: string[];

  @Field(() => ID)
  leadUserId: string;
}

@InputType()
export class FindingInput {
  @Field(() => String)
  @Length(1, 5_000)
  text: string;

  @Field(() => ID)
  responsibleUnitId: string;

  @Field(() => DateScalar)
  dueDate: string;
}

@InputType({ description: 'The conclusion notice (thông báo kết luận).' })
export class ConclusionInput {
  @Field(() => String)
  @MaxLength(20_000)
  achievements: string;

  @Field(() => String)
  @MaxLength(20_000)
  shortcomings: string;

  @Field(() => String)
  @MaxLength(20_000)
  directions: string;

  @Field(() => [FindingInput])
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  findings: FindingInput[];
}

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
