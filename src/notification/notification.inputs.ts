import { Field, InputType } from 'type-graphql';

@InputType()
export class NotificationSettingsInput {
  @Field(() => String, { nullable: true, description: 'The address e-mails go to; an empty string removes it.' })
  email?: string | null;

  @Field(() => Boolean, { nullable: true })
  emailNotifications?: boolean | null;
}
