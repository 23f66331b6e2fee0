import type { ResourceWithOptions } from 'adminjs';
import { AuditEntry } from '../../src/audit/audit-entry.entity.js';

/** The audit trail, read-only: Home Affairs filters it by table, row, user, request or door. */
export function auditResources(): ResourceWithOptions[] {
  return [
    {
      resource: AuditEntry,
      options: {
        navigation: { name: 'system', icon: 'Activity' },
        listProperties: ['at', 'tableName', 'rowId', 'action', 'actorUserId', 'origin'],
        filterProperties: ['tableName', 'rowId', 'action', 'actorUserId', 'requestId', 'origin', 'at'],
        showProperties: ['at', 'tableName', 'rowId', 'action', 'actorUserId', 'origin', 'requestId', 'before', 'after'],
        editProperties: [],
        sort: { sortBy: 'at', direction: 'desc' },
        properties: {
          id: { isVisible: false },
          transactionId: { isVisible: false },
          actorUserId: { type: 'reference', reference: 'User' },
        },
      },
    },
  ];
}
