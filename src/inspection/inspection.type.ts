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
    return Object.assign(new InspectionType(), inspection, { startedAt: inspection.startsOn });
  }
}

@ObjectType()
export class InspectionConnection extends Connection(InspectionType, 'Inspection') {}
