import type { GraphQLSchema } from 'graphql';
import { buildSchema, emitSchemaDefinitionFile } from 'type-graphql';
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

/** What the root types say of themselves: type-graphql has no decorator for them. */
const ROOT_DESCRIPTIONS = {
  Query:
    'Reads. Lists hold only the rows in the caller’s reach; one row outside it answers NOT_FOUND, ' +
    'as a missing one does.',
  Mutation:
    'Writes, each in one transaction. A refusal carries extensions.code (FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, ' +
    'INVALID_STATE, CONFLICT, STALE_VERSION, QUOTA_EXCEEDED, DEADLINE_PASSED …), a Vietnamese message and ' +
    'extensions.messageEn.',
  Subscription:
    'Live updates over WebSocket (graphql-ws on /graphql, the bearer token in connectionParams): only what the ' +
    'caller may see.',
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
  });
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (root) root.description = ROOT_DESCRIPTIONS[root.name as keyof typeof ROOT_DESCRIPTIONS];
  }
  if (emitSchemaFile) await emitSchemaDefinitionFile(emitSchemaFile, schema, { sortedSchema: true });
  return leanFieldResolvers(denyUndeclared(schema, declaredRootPermissions()), resolvers);
}
