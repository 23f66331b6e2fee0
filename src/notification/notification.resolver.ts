import { Arg, Args, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Allow, SIGNED_IN } from '../auth/permissions.js';
import { pageWindow, toConnection } from '../common/pagination.js';
import type { RequestContext } from '../context.js';
import { NotificationListArgs, NotificationSettingsInput } from './notification.inputs.js';
import { NotificationConnection, NotificationSettingsType, NotificationType } from './notification.type.js';

@Resolver()
export class NotificationResolver {
  @Allow(SIGNED_IN)
  @Query(() => NotificationConnection, { description: 'My inbox, newest first.' })
  async notifications(
    @Ctx() ctx: RequestContext,
    @Args(() => NotificationListArgs) args: NotificationListArgs,
    @Arg('unreadOnly', () => Boolean, { nullable: true, description: 'Only the unread ones (default false).' })
    unreadOnly?: boolean,
  ): Promise<NotificationConnection> {
    const { offset, limit } = pageWindow(args);
    const { rows, total, unread } = await ctx.services.notifications.inbox(await ctx.caller(), {
      unreadOnly: unreadOnly ?? false,
      where: args.where,
      orderBy: args.orderBy,
      offset,
      limit,
    });
    return Object.assign(
      new NotificationConnection(),
      toConnection(rows, offset, total, (row) => NotificationType.from(row)),
      { unreadCount: unread },
    );
  }

  @Allow(SIGNED_IN)
  @Mutation(() => Int, { description: 'Marks my notifications read (those named, or all); answers how many changed.' })
  async markRead(
    @Ctx() ctx: RequestContext,
    @Arg('ids', () => [ID], {
      nullable: true,
      description: 'The notifications to mark; one not mine is NOT_FOUND. Neither ids nor all → BAD_USER_INPUT.',
    })
    ids?: string[],
    @Arg('all', () => Boolean, { nullable: true, description: 'true: every notification of mine.' }) all?: boolean,
  ): Promise<number> {
    return ctx.services.notifications.markRead(await ctx.caller(), { ids, all });
  }

  @Allow(SIGNED_IN)
  @Query(() => NotificationSettingsType, { description: 'My e-mail address and whether notifications go there too.' })
  async notificationSettings(@Ctx() ctx: RequestContext): Promise<NotificationSettingsType> {
    return NotificationSettingsType.from(await ctx.services.notifications.settings((await ctx.caller()).user.id));
  }

  @Allow(SIGNED_IN)
  @Mutation(() => NotificationSettingsType, {
    description: 'My e-mail address and whether notifications go there too.',
  })
  async updateNotificationSettings(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => NotificationSettingsInput, { description: 'The settings to change.' })
    input: NotificationSettingsInput,
  ): Promise<NotificationSettingsType> {
    return NotificationSettingsType.from(
      await ctx.services.notifications.updateSettings((await ctx.caller()).user.id, input),
    );
  }
}
