import { flat, type ActionResponse, type RecordJSON, type ResourceWithOptions } from 'adminjs';
import { AuditEntry } from '../../src/audit/audit-entry.entity.js';
import { shownOnly, uuid } from './properties.js';

/** The columns that name a row of the audited tables, in the order they are looked for. */
const NAMING_COLUMNS = ['full_name', 'name', 'title', 'reference', 'code', 'username', 'key', 'act_number'];

/** An entry's row by what names it (a person's name, a unit's, an initiative's title…), never by its id. */
function rowTitle(record: RecordJSON): void {
  const { before, after } = flat.unflatten(record.params) as {
    before?: Record<string, unknown> | null;
    after?: Record<string, unknown> | null;
  };
  const row = after ?? before ?? {};
  const named = NAMING_COLUMNS.map((column) => row[column]).find(
    (value) => typeof value === 'string' && value.trim() !== '',
  );
  record.params.row = (named as string | undefined) ?? '—';
  // the panel shows names, not ids: the ids of the row and of what it points at stay in GraphQL's auditTrail
  record.params = Object.fromEntries(
    Object.entries(record.params).filter(([key]) => !/^(before|after)\.(id|.+_id|.+_ids(\.\d+)?)$/.test(key)),
  );
}

const titled = async (response: ActionResponse) => {
  for (const record of [response.record, ...((response.records as RecordJSON[] | undefined) ?? [])])
    if (record) rowTitle(record as RecordJSON);
  return response;
};

/** The audit trail, read-only: Home Affairs filters it by table, row, user, request or door. */
export function auditResources(): ResourceWithOptions[] {
  return [
    {
      resource: AuditEntry,
      options: {
        navigation: { name: 'system', icon: 'Activity' },
        listProperties: ['at', 'tableName', 'row', 'action', 'actorUserId', 'origin'],
        filterProperties: ['tableName', 'rowId', 'action', 'actorUserId', 'requestId', 'origin', 'at'],
        showProperties: ['at', 'tableName', 'row', 'action', 'actorUserId', 'origin', 'before', 'after'],
        editProperties: [],
        sort: { sortBy: 'at', direction: 'desc' },
        properties: {
          id: { isVisible: false },
          transactionId: { isVisible: false },
          row: shownOnly('string'),
          actorUserId: uuid('User'),
        },
        actions: { list: { after: titled }, show: { after: titled } },
      },
    },
  ];
}
