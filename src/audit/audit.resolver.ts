import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { Allow } from '../auth/permissions.js';
import { Role } from '../auth/auth.enums.js';
import { pageWindow, toConnection } from '../common/pagination.js';
import type { RequestContext } from '../context.js';
import { AuditEntryListArgs } from './audit.inputs.js';
import { AuditEntryConnection, AuditEntryType } from './audit.type.js';

@Resolver()
export class AuditResolver {
  @Allow(Role.HOME_AFFAIRS)
  @Query(() => AuditEntryConnection, {
    description: 'Who changed what and when: the changes of a table, or of one row, within [from, to).',
  })
  async auditTrail(
    @Ctx() ctx: RequestContext,
    @Args(() => AuditEntryListArgs) args: AuditEntryListArgs,
    @Arg('table', () => String, { description: 'The table, by database name (unit, person, appointment, …).' })
    table: string,
    @Arg('rowId', () => String, { nullable: true, description: 'Only the changes of this row.' }) rowId?: string,
    @Arg('from', () => Date, { nullable: true, description: 'Changes at or after this instant.' }) from?: Date,
    @Arg('to', () => Date, { nullable: true, description: 'Changes before this instant.' }) to?: Date,
  ): Promise<AuditEntryConnection> {
    const { offset, limit } = pageWindow(args);
    const { entries, total } = await ctx.services.audit.trail(
      {
        table,
        rowId: rowId ?? undefined,
        from: from ?? undefined,
        to: to ?? undefined,
        where: args.where,
        orderBy: args.orderBy,
      },
      offset,
      limit,
    );
    return toConnection(entries, offset, total, (entry) => AuditEntryType.from(entry));
  }
}
