import { Field, InputType } from 'type-graphql';
import { registerLabelledEnum } from '../common/enum-labels.js';
import { DateTimeFilter, IdFilter, OrderByInput, StringFilter } from '../common/where.js';

@InputType({ description: 'Conditions on audit entries (fields combine with AND), on top of table, rowId and range.' })
export class AuditEntryWhere {
  @Field(() => StringFilter, { nullable: true, description: 'INSERT, UPDATE or DELETE.' })
  action?: StringFilter;

  @Field(() => StringFilter, { nullable: true, description: 'The row’s key.' })
  rowId?: StringFilter;

  @Field(() => IdFilter, { nullable: true, description: 'The user who made the change (null: the system).' })
  actorUserId?: IdFilter;

  @Field(() => DateTimeFilter, { nullable: true, description: 'When the change was made.' })
  at?: DateTimeFilter;

  @Field(() => [AuditEntryWhere], { nullable: true, description: 'All of these.' })
  and?: AuditEntryWhere[];

  @Field(() => [AuditEntryWhere], { nullable: true, description: 'Any of these.' })
  or?: AuditEntryWhere[];

  @Field(() => AuditEntryWhere, { nullable: true, description: 'Not this.' })
  not?: AuditEntryWhere;
}

export enum AuditEntryOrderField {
  AT = 'AT',
  ACTION = 'ACTION',
}

registerLabelledEnum(AuditEntryOrderField, {
  name: 'AuditEntryOrderField',
  description: 'The columns audit entries sort by.',
  labels: { AT: 'Thời điểm', ACTION: 'Thao tác' },
});

export const AuditEntryOrderBy = OrderByInput(AuditEntryOrderField, 'AuditEntry');
