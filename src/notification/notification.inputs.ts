import { ArgsType, Field, InputType, type ClassType } from 'type-graphql';
import {
  BooleanFilter,
  DateTimeFilter,
  EnumFilter,
  IdFilter,
  ListArgs,
  OrderByInput,
  WhereCombinators,
} from '../common/where.js';

import { NotificationKind } from './notification.enums.js';

@InputType({ description: 'The settings to change; an omitted field keeps its value.' })
export class NotificationSettingsInput {
  @Field(() => String, { nullable: true, description: 'The address e-mails go to; an empty string removes it.' })
  email?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether notifications also go by e-mail.' })
  emailNotifications?: boolean | null;
}

const NotificationKindFilter = EnumFilter(NotificationKind, 'NotificationKind');

@InputType({ description: 'Conditions on my notifications (fields combine with AND), on top of `unreadOnly`.' })
export class NotificationWhere extends WhereCombinators((): ClassType => NotificationWhere) {
  @Field(() => IdFilter, { nullable: true, description: 'The notification’s id.' })
  id?: IdFilter;

  @Field(() => NotificationKindFilter, { nullable: true, description: 'What it is about.' })
  kind?: InstanceType<typeof NotificationKindFilter>;

  @Field(() => IdFilter, { nullable: true, description: 'The record it is about.' })
  subjectId?: IdFilter;

  @Field(() => DateTimeFilter, { nullable: true, description: 'When it was written.' })
  createdAt?: DateTimeFilter;

  @Field(() => BooleanFilter, { nullable: true, description: 'Whether I have read it.' })
  read?: BooleanFilter;
}

export enum NotificationOrderField {
  CREATED_AT = 'CREATED_AT',
  KIND = 'KIND',
}

export const NotificationOrderBy = OrderByInput(NotificationOrderField, 'Notification', {
  rows: 'notifications',
  labels: { CREATED_AT: 'Thời điểm', KIND: 'Loại thông báo' },
});

@ArgsType()
export class NotificationListArgs extends ListArgs(NotificationWhere, NotificationOrderBy) {}
