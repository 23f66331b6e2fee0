import { ArgsType, Field, InputType, type ClassType } from 'type-graphql';
import { DateTimeFilter, IdFilter, ListArgs, OrderByInput, StringFilter, WhereCombinators } from '../common/where.js';
@InputType({ description: 'Conditions on audit entries (fields combine with AND), on top of table, rowId and range.' })
export class AuditEntryWhere extends WhereCombinators((): ClassType => AuditEntryWhere) {
  @Field(() => StringFilter, { nullable: true, description: 'INSERT, UPDATE or DELETE.' })
  action?: StringFilter;

  @Field(() => StringFilter, { nullable: true, description: 'The row’s key.' })
  rowId?: StringFilter;

  @Field(() => IdFilter, { nullable: true, description: 'The user who made the change (null: the system).' })
  actorUserId?: IdFilter;

  @Field(() => DateTimeFilter, { nullable: true, description: 'When the change was made.' })
  at?: DateTimeFilter;
}

export enum AuditEntryOrderField {
  AT = 'AT',
  ACTION = 'ACTION',
}

export const AuditEntryOrderBy = OrderByInput(AuditEntryOrderField, 'AuditEntry', {
  rows: 'audit entries',
  labels: { AT: 'Thời điểm', ACTION: 'Thao tác' },
});

@ArgsType()
export class AuditEntryListArgs extends ListArgs(AuditEntryWhere, AuditEntryOrderBy) {}
