import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { FilesResolver } from './files/files.resolver.js';
import { PeopleImportResolver } from './people/import/people-import.resolver.js';
import { ApiResolver } from './api/api.resolver.js';
import { AuditResolver } from './audit/audit.resolver.js';
import { AuthResolver } from './auth/auth.resolver.js';
import { authChecker, declaredRootPermissions, denyUndeclared } from './auth/permissions.js';
import { leanFieldResolvers } from './common/lean-resolvers.js';
import { DateTimeScalar } from './common/scalars.js';
import { DashboardResolver } from './dashboard/dashboard.resolver.js';
import { ExportsResolver } from './exports/exports.resolver.js';
import { EvaluationResolver } from './evaluation/evaluation.resolver.js';
import { FeedbackResolver } from './feedback/feedback.resolver.js';
import { InitiativeResolver } from './initiative/initiative.resolver.js';
import { FindingResolver, InspectionResolver } from './inspection/inspection.resolver.js';
import { NotificationResolver } from './notification/notification.resolver.js';
import { PlanResolver } from './hierarchy/plan.resolver.js';
import { UnitResolver } from './hierarchy/unit.resolver.js';
import { LiveResolver } from './live/live.resolver.js';
import { AppointmentResolver, PersonResolver, RaterResolver } from './people/person.resolver.js';

export const resolvers = [
  AuthResolver,
  UnitResolver,
  PlanResolver,
  PersonResolver,
  AppointmentResolver,
  RaterResolver,
  EvaluationResolver,
  FeedbackResolver,
  InspectionResolver,
  FindingResolver,
  InitiativeResolver,
  DashboardResolver,
  AuditResolver,
  PeopleImportResolver,
  FilesResolver,
  NotificationResolver,
  ExportsResolver,
  LiveResolver,
  ApiResolver,
] as const;

const noInProcessPubSub = {
  publish(): never {
    throw new Error('no in-process pub/sub: changes are announced by the database (src/live/)');
  },
  subscribe(): never {
    throw new Error('no in-process pub/sub: subscriptions listen to the database (src/live/)');
  },
};

/** The GraphQL schema: inputs validated by class-validator, every root field guarded (deny by default). */
export async function buildAppSchema(emitSchemaFile?: string): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false },
    authChecker,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    // type-graphql wants a pub/sub; every subscription here brings its own `subscribe` over PostgreSQL's
    // LISTEN/NOTIFY instead (src/live/), since an in-process one would miss what another instance publishes
    pubSub: noInProcessPubSub,
    emitSchemaFile: emitSchemaFile ? { path: emitSchemaFile, sortedSchema: true } : false,
  });
  return leanFieldResolvers(denyUndeclared(schema, declaredRootPermissions()), resolvers);
}
