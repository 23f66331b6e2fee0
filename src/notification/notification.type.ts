import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../common/pagination.js';
import { DateTimeScalar } from '../common/scalars.js';
import { EmailStatus, NotificationKind } from './notification.enums.js';
import type { InboxRow, NotificationSettings } from './notification.queries.js';

@ObjectType('Notification', { description: 'One notification in the caller’s inbox (issue 14).' })
export class NotificationType {
  @Field(() => ID, { description: 'The notification’s id.' })
  id: string;

  @Field(() => NotificationKind, { description: 'What it is about.' })
  kind: NotificationKind;

  @Field(() => String, { description: 'A one-line title, in Vietnamese.' })
  title: string;

  @Field(() => String, { description: 'The message, in Vietnamese.' })
  body: string;

  @Field(() => String, { nullable: true, description: 'The panel’s page of the subject (a path under /admin).' })
  link: string | null;

  @Field(() => String, {
    description: 'The table of the row it is about: evaluation, feedback_item, finding, initiative.',
  })
  subjectTable: string;

  @Field(() => ID, { description: 'The id of the row it is about.' })
  subjectId: string;

  @Field(() => DateTimeScalar, { description: 'When it was written.' })
  createdAt: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When I marked it read; null while unread.' })
  readAt: Date | null;

  @Field(() => EmailStatus, {
    description: 'PENDING while the e-mail waits (or is retried), SENT, SKIPPED (inbox only) or FAILED.',
  })
  emailStatus: EmailStatus;

  static from(row: InboxRow): NotificationType {
    return Object.assign(new NotificationType(), row);
  }
}

@ObjectType({ description: 'A page of my notifications (Relay connection), with the unread count.' })
export class NotificationConnection extends Connection(NotificationType, 'Notification') {
  @Field(() => Int, { description: 'The caller’s unread notifications, whatever the filter.' })
  unreadCount: number;
}

@ObjectType('NotificationSettings', { description: 'How I am notified.' })
export class NotificationSettingsType {
  @Field(() => String, { nullable: true, description: 'The address e-mails go to; null when none is set.' })
  email: string | null;

  @Field(() => Boolean, { description: 'Whether notifications also go by e-mail; the inbox always has them.' })
  emailNotifications: boolean;

  static from(settings: NotificationSettings): NotificationSettingsType {
    return Object.assign(new NotificationSettingsType(), settings);
  }
}
