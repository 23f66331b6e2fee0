import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { Allow } from '../auth/permissions.js';
import { Role } from '../auth/auth.enums.js';
import { PageArgs, pageWindow, toConnection } from '../common/pagination.js';
import type { RequestContext } from '../context.js';
import type { OrderBy } from '../common/where.js';
import { AuditEntryOrderBy, AuditEntryWhere, type AuditEntryOrderField } from './audit.inputs.js';
import { AuditEntryConnection, AuditEntryType } from './audit.type.js';

@Resolver()
export class AuditResolver {
  @Allow(Role.HOME_AFFAIRS)
  @Query(() => AuditEntryConnection, {
    description: 'Who changed what and when: the changes of a table, or of one row, within [from, to).',
  })
  async auditTrail(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('table', () => String, { description: 'The table, by database name (unit, person, appointment, …).' })
    table: string,
    @Arg('rowId', () => String, { nullable: true, description: 'Only the changes of this row.' }) rowId?: string,
    @Arg('from', () => Date, { nullable: true, description: 'Changes at or after this instant.' }) from?: Date,
    @Arg('to', () => Date, { nullable: true, description: 'Changes before this instant.' }) to?: Date,
    @Arg('where', () => AuditEntryWhere, { nullable: true, description: 'Operator conditions.' })
    where?: AuditEntryWhere,
    @Arg('orderBy', () => [AuditEntryOrderBy], { nullable: true, description: 'Sort columns; ties end on the id.' })
    orderBy?: Array<OrderBy<AuditEntryOrderField>>,
  ): Promise<AuditEntryConnection> {
    const { offset, limit } = pageWindow(page);
    const { entries, total } = await ctx.services.audit.trail(
      { table, rowId: rowId ?? undefined, from: from ?? undefined, to: to ?? undefined, where, orderBy },
      offset,
      limit,
    );
    return toConnection(
      entries.map((entry) => AuditEntryType.from(entry)),
      offset,
      total,
    );
  }
}
