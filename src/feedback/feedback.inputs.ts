import { IsEmail, IsOptional, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../common/scalars.js';
import { FeedbackChannel, FeedbackStatus } from './feedback.enums.js';

@InputType()
export class ReceiveFeedbackInput {
  @Field(() => String)
  @Length(1, 64)
  reference: string;

  @Field(() => FeedbackChannel)
  channel: FeedbackChannel;

  @Field(() => String)
  @Length(1, 200)
  category: string;

  @Field(() => String)
  @Length(1, 20_000)
  content: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  contactName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50)
  contactPhone?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  contactEmail?: string;

  @Field(() => DateTimeScalar)
  receivedAt: Date;

  @Field(() => ID, { nullable: true })
  unitId?: string;
}

@InputType()
export class FeedbackFilter {
  @Field(() => ID, { nullable: true })
  unitId?: string;

  @Field(() => Boolean, { nullable: true })
  includeSubunits?: boolean;

  @Field(() => FeedbackStatus, { nullable: true })
  status?: FeedbackStatus;

  @Field(() => Boolean, { nullable: true })
  overdue?: boolean;

  @Field(() => String, { nullable: true })
  category?: string;

  @Field(() => DateScalar, { nullable: true })
  receivedFrom?: string;

  @Field(() => DateScalar, { nullable: true })
  receivedTo?: string;
}
