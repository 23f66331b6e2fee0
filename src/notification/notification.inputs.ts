import { Field, InputType } from 'type-graphql';
import { registerLabelledEnum } from '../common/enum-labels.js';
import { BooleanFilter, DateTimeFilter, EnumFilter, IdFilter, OrderByInput } from '../common/where.js';
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
export class NotificationWhere {
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

  @Field(() => [NotificationWhere], { nullable: true, description: 'All of these.' })
  and?: NotificationWhere[];

  @Field(() => [NotificationWhere], { nullable: true, description: 'Any of these.' })
  or?: NotificationWhere[];

  @Field(() => NotificationWhere, { nullable: true, description: 'Not this.' })
  not?: NotificationWhere;
}

export enum NotificationOrderField {
  CREATED_AT = 'CREATED_AT',
  KIND = 'KIND',
}

registerLabelledEnum(NotificationOrderField, {
  name: 'NotificationOrderField',
  description: 'The columns notifications sort by.',
  labels: { CREATED_AT: 'Thời điểm', KIND: 'Loại thông báo' },
});

export const NotificationOrderBy = OrderByInput(NotificationOrderField, 'Notification');
