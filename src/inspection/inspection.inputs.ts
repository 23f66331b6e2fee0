import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '../common/scalars.js';
import { ForcingEventKind, InspectionKind, InspectionMethod, InspectionStatus } from './inspection.enums.js';

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
