import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Node } from '../common/node.js';
import { Connection } from '../common/pagination.js';
import { DateScalar, DateTimeScalar } from '../common/scalars.js';
import {
  FindingStatus,
  InspectionKind,
  InspectionMethod,
  InspectionStatus,
  ForcingEventKind,
} from './inspection.enums.js';
import type { Finding } from './finding.entity.js';
import type { Inspection } from './inspection.entity.js';
import type { ForcingEvent } from './forcing-event.entity.js';

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

@ObjectType('ForcingEvent', {
  description: 'Forces NOT_COMPLETED for the one YEAR and the one QUARTER its date falls in (R13).',
})
export class ForcingEventType {
  @Field(() => ID)
  id: string;

  @Field(() => ForcingEventKind)
  kind: ForcingEventKind;

  @Field(() => DateScalar)
  occurredOn: string;

  @Field(() => String)
  document: string;

  personId: string;

  static from(event: ForcingEvent): ForcingEventType {
    return Object.assign(new ForcingEventType(), {
      id: event.id,
      kind: event.kind,
      occurredOn: event.occurredOn,
      document: event.document,
      personId: event.personId,
    });
  }
}

@ObjectType('Finding')
export class FindingType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  text: string;

  @Field(() => DateScalar)
  dueDate: string;

  @Field(() => FindingStatus)
  status: FindingStatus;

  @Field(() => String, { nullable: true })
  report: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  reportedAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  verifiedAt: Date | null;

  @Field(() => String, { nullable: true })
  verificationNote: string | null;

  responsibleUnitId: string;

  static from(finding: Finding): FindingType {
    return Object.assign(new FindingType(), finding);
  }
}

@ObjectType('Inspection', { implements: Node })
export class InspectionType {
  @Field(() => ID)
  id: string;

  @Field(() => InspectionKind)
  kind: InspectionKind;

  @Field(() => InspectionMethod)
  method: InspectionMethod;

  @Field(() => InspectionStatus)
  status: InspectionStatus;

  @Field(() => DateScalar, { description: 'The first day of the inspection.' })
  startedAt: string;

  @Field(() => DateScalar, { nullable: true })
  endsOn: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  concludedAt: Date | null;

  @Field(() => String, { nullable: true })
  achievements: string | null;

  @Field(() => String, { nullable: true })
  shortcomings: string | null;

  @Field(() => String, { nullable: true })
  directions: string | null;

  unitId: string;

  static from(inspection: Inspection): InspectionType {
    return Object.assign(new InspectionType(), { ...inspection, startedAt: inspection.startsOn });
  }
}

@ObjectType()
export class InspectionConnection extends Connection(InspectionType, 'Inspection') {}

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
