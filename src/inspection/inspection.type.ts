import { Field, ID, ObjectType } from 'type-graphql';
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

@ObjectType('ForcingEvent', {
  description: 'Forces NOT_COMPLETED for the one YEAR and the one QUARTER its date falls in (R13).',
})
export class ForcingEventType {
  @Field(() => ID, { description: 'The event’s id.' })
  id: string;

  @Field(() => ForcingEventKind, { description: 'Prosecution, detention or degradation.' })
  kind: ForcingEventKind;

  @Field(() => DateScalar, { description: 'The day it occurred; it decides the periods it forces.' })
  occurredOn: string;

  @Field(() => String, { description: 'The document it rests on: number, date, issuer.' })
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

@ObjectType('Finding', {
  description: 'R25: a shortcoming an inspection concluded, to be remedied by a unit by a date.',
})
export class FindingType {
  @Field(() => ID, { description: 'The finding’s id.' })
  id: string;

  @Field(() => String, { description: 'What is to be remedied.' })
  text: string;

  @Field(() => DateScalar, {
    description: 'The last day to remedy it; past it and not verified, the finding is ESCALATED (R25).',
  })
  dueDate: string;

  @Field(() => FindingStatus, { description: 'OPEN → REPORTED → VERIFIED (or OPEN again); ESCALATED when overdue.' })
  status: FindingStatus;

  @Field(() => String, { nullable: true, description: 'The responsible unit’s remediation report.' })
  report: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the unit reported.' })
  reportedAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the inspection team accepted the report.' })
  verifiedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The team’s note on accepting or rejecting the report.' })
  verificationNote: string | null;

  responsibleUnitId: string;

  static from(finding: Finding): FindingType {
    return Object.assign(new FindingType(), finding);
  }
}

@ObjectType('Inspection', {
  implements: Node,
  description: 'R24: an inspection of a unit by a team of inspectors, its conclusion and findings.',
})
export class InspectionType {
  @Field(() => ID, { description: 'The inspection’s id.' })
  id: string;

  @Field(() => InspectionKind, { description: 'Periodic, thematic, planned or surprise (đột xuất).' })
  kind: InspectionKind;

  @Field(() => InspectionMethod, { description: 'On site or by camera.' })
  method: InspectionMethod;

  @Field(() => InspectionStatus, {
    description: 'SCHEDULED → IN_PROGRESS → CONCLUDED, or REMEDIATING → VERIFIED / ESCALATED with findings.',
  })
  status: InspectionStatus;

  @Field(() => DateScalar, { description: 'The first day of the inspection.' })
  startedAt: string;

  @Field(() => DateScalar, { nullable: true, description: 'The last day planned; the conclusion’s day if none was.' })
  endsOn: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the conclusion was issued.' })
  concludedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The conclusion: what the unit did well.' })
  achievements: string | null;

  @Field(() => String, { nullable: true, description: 'The conclusion: its shortcomings.' })
  shortcomings: string | null;

  @Field(() => String, { nullable: true, description: 'The conclusion: what the unit is directed to do.' })
  directions: string | null;

  unitId: string;

  static from(inspection: Inspection): InspectionType {
    return Object.assign(new InspectionType(), inspection, { startedAt: inspection.startsOn });
  }
}

@ObjectType({ description: 'A page of inspections (Relay connection).' })
export class InspectionConnection extends Connection(InspectionType, 'Inspection') {}
