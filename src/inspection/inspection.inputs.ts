import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, type ClassType } from 'type-graphql';
import { DateScalar } from '../common/scalars.js';
import { ForcingEventKind, InspectionKind, InspectionMethod, InspectionStatus } from './inspection.enums.js';
import {
  DateFilter,
  DateTimeFilter,
  EnumFilter,
  FilteredListArgs,
  IdFilter,
  OrderByInput,
  WhereCombinators,
} from '../common/where.js';

@InputType({ description: 'R13: an event that forces NOT_COMPLETED.' })
export class RecordForcingEventInput {
  @Field(() => ID, { description: 'The person concerned.' })
  personId: string;

  @Field(() => ForcingEventKind, { description: 'Prosecution, detention or degradation.' })
  kind: ForcingEventKind;

  @Field(() => DateScalar, { description: 'The day it occurred.' })
  occurredOn: string;

  @Field(() => String, { description: 'The document it rests on: number, date, issuer.' })
  @MaxLength(500)
  document: string;
}

@InputType({ description: 'Simple conditions on inspections (fields combine with AND).' })
export class InspectionFilter {
  @Field(() => ID, { nullable: true, description: 'Only inspections of this unit.' })
  unitId?: string;

  @Field(() => Boolean, { nullable: true, description: 'With unitId: its sub-units too, as the tree is today.' })
  includeSubunits?: boolean;

  @Field(() => InspectionStatus, { nullable: true, description: 'Only this status.' })
  status?: InspectionStatus;

  @Field(() => InspectionKind, { nullable: true, description: 'Only this kind.' })
  kind?: InspectionKind;

  @Field(() => InspectionMethod, { nullable: true, description: 'Only this method.' })
  method?: InspectionMethod;
}

@InputType({ description: 'R24: an inspection to schedule, with its team.' })
export class ScheduleInspectionInput {
  @Field(() => InspectionKind, { description: 'Periodic, thematic, planned or surprise (đột xuất).' })
  kind: InspectionKind;

  @Field(() => InspectionMethod, { description: 'On site or by camera.' })
  method: InspectionMethod;

  @Field(() => ID, { description: 'The unit inspected, valid on startsOn.' })
  unitId: string;

  @Field(() => DateScalar, { description: 'The first day.' })
  startsOn: string;

  @Field(() => DateScalar, { nullable: true, description: 'The last day planned, not before startsOn.' })
  endsOn?: string;

  @Field(() => [ID], { description: 'Users with the INSPECTOR role.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  teamUserIds: string[];

  @Field(() => ID, { description: 'The team’s lead, one of teamUserIds.' })
  leadUserId: string;
}

@InputType({ description: 'R25: a finding of the conclusion.' })
export class FindingInput {
  @Field(() => String, { description: 'What is to be remedied (1–5,000 characters).' })
  @Length(1, 5_000)
  text: string;

  @Field(() => ID, { description: 'The unit that must remedy it.' })
  responsibleUnitId: string;

  @Field(() => DateScalar, { description: 'The last day to remedy it, not before the inspection’s first day.' })
  dueDate: string;
}

@InputType({ description: 'The conclusion notice (thông báo kết luận).' })
export class ConclusionInput {
  @Field(() => String, { description: 'What the unit did well (at most 20,000 characters).' })
  @MaxLength(20_000)
  achievements: string;

  @Field(() => String, { description: 'Its shortcomings (at most 20,000 characters).' })
  @MaxLength(20_000)
  shortcomings: string;

  @Field(() => String, { description: 'What the unit is directed to do (at most 20,000 characters).' })
  @MaxLength(20_000)
  directions: string;

  @Field(() => [FindingInput], { description: 'The findings to remedy (at most 200); none concludes the inspection.' })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  findings: FindingInput[];
}

const InspectionKindFilter = EnumFilter(InspectionKind, 'InspectionKind');
const InspectionMethodFilter = EnumFilter(InspectionMethod, 'InspectionMethod');
const InspectionStatusFilter = EnumFilter(InspectionStatus, 'InspectionStatus');

@InputType({ description: 'Conditions on inspections (fields combine with AND), on top of `filter`.' })
export class InspectionWhere extends WhereCombinators((): ClassType => InspectionWhere) {
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
}

export enum InspectionOrderField {
  STARTS_ON = 'STARTS_ON',
  CONCLUDED_AT = 'CONCLUDED_AT',
  STATUS = 'STATUS',
  KIND = 'KIND',
}

export const InspectionOrderBy = OrderByInput(InspectionOrderField, 'Inspection', {
  rows: 'inspections',
  labels: { STARTS_ON: 'Ngày bắt đầu', CONCLUDED_AT: 'Thời điểm kết luận', STATUS: 'Trạng thái', KIND: 'Hình thức' },
});

@ArgsType()
export class InspectionListArgs extends FilteredListArgs(InspectionFilter, InspectionWhere, InspectionOrderBy) {}
