import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../common/pagination.js';
import { DateTimeScalar } from '../common/scalars.js';
import { EmailStatus, NotificationKind } from './notification.enums.js';
import type { InboxRow, NotificationSettings } from './notification.queries.js';

@ObjectType('Notification', { description: 'One notification in the caller’s inbox (issue 14).' })
export class NotificationType {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => String)
  title: string;

  @Field(() => String)
  body: string;

  @Field(() => String, { nullable: true, description: 'The panel’s page of the subject (a path under /admin).' })
  link: string | null;

  @Field(() => String, {
    description: 'The table of the row it is about: evaluation, feedback_item, finding, initiative.',
  })
  subjectTable: string;

  @Field(() => ID)
  subjectId: string;

  @Field(() => DateTimeScalar)
  createdAt: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  readAt: Date | null;

  @Field(() => EmailStatus, {
    description: 'PENDING while the e-mail waits (or is retried), SENT, SKIPPED (inbox only) or FAILED.',
  })
  emailStatus: EmailStatus;

  static from(row: InboxRow): NotificationType {
    return Object.assign(new NotificationType(), row);
  }
}

@ObjectType()
export class NotificationConnection extends Connection(NotificationType, 'Notification') {
  @Field(() => Int, { description: 'The caller’s unread notifications, whatever the filter.' })
  unreadCount: number;
}

@ObjectType('NotificationSettings')
export class NotificationSettingsType {
  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => Boolean, { description: 'Whether notifications also go by e-mail; the inbox always has them.' })
  emailNotifications: boolean;

  static from(settings: NotificationSettings): NotificationSettingsType {
    return Object.assign(new NotificationSettingsType(), settings);
  }
}
