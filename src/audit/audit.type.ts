import { JSONObjectResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../common/pagination.js';
import type { AuditEntry } from './audit-entry.entity.js';
import { sealedPaths } from './audit.policy.js';

@ObjectType('AuditEntry', { description: 'One change to a row, as the database recorded it (secrets left out).' })
export class AuditEntryType {
  @Field(() => ID, { description: 'The entry’s id.' })
  id: string;

  @Field(() => Date, { description: 'When the change was committed.' })
  at: Date;

  @Field(() => String, { description: 'The table changed (unit, person, appointment, evaluation, …).' })
  table: string;

  @Field(() => String, { description: 'The id of the row changed.' })
  rowId: string;

  @Field(() => String, { description: 'INSERT, UPDATE or DELETE.' })
  action: string;

  @Field(() => JSONObjectResolver, {
    nullable: true,
    description: 'The row before the change (its columns by database name).',
  })
  before: Record<string, unknown> | null;

  @Field(() => JSONObjectResolver, {
    nullable: true,
    description: 'The row after the change (its columns by database name); null for a DELETE.',
  })
  after: Record<string, unknown> | null;

  @Field(() => ID, { nullable: true, description: 'The signed-in user who made the change; null for a job.' })
  actorUserId: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The request (x-request-id) or job run it came from, as in the server log; null outside the application.',
  })
  requestId: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'graphql, admin, cli:<job> or job:<name>; null when made outside the application.',
  })
  origin: string | null;

  /** The entry with the columns its reader may not read left out of before and after (audit.policy). */
  static from(entry: AuditEntry): AuditEntryType {
    const sealed = new Set(sealedPaths(entry.tableName));
    const open = (side: 'before' | 'after') =>
      entry[side] &&
      Object.fromEntries(Object.entries(entry[side]).filter(([column]) => !sealed.has(`${side}.${column}`)));
    return Object.assign(new AuditEntryType(), {
      id: entry.id,
      at: entry.at,
      table: entry.tableName,
      rowId: entry.rowId,
      action: entry.action,
      before: open('before'),
      after: open('after'),
      actorUserId: entry.actorUserId,
      requestId: entry.requestId,
      origin: entry.origin,
    });
  }
}

@ObjectType({ description: 'A page of audit entries (Relay connection).' })
export class AuditEntryConnection extends Connection(AuditEntryType, 'AuditEntry') {}
