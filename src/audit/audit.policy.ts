import { hasRole, type Caller } from '../auth/caller.js';
import { ALL, definePolicy, NONE } from '../auth/policy.js';
import { Role } from '../auth/auth.enums.js';

/** The tables whose changes the trail records (the triggers of migrations/…-audit-trail.ts; a test compares). */
export const AUDITED_TABLES: ReadonlySet<string> = new Set([
  'unit',
  'unit_link',
  'person',
  'appointment',
  'absence',
  'evaluation',
  'evaluation_period',
  'quota_exception',
  'payout',
  'person_pay',
  'income_coefficient',
  'setting',
  'calendar_day',
  'feedback_item',
  'inspection',
  'finding',
  'responsibility_review',
  'discipline_case',
  'forcing_event',
  'initiative',
  'initiative_vote',
  'board_member',
  'app_user',
  'attachment',
]);

/**
 * What the trail keeps that its reader may still not read, by table: a vote's content stays sealed (R27; who
 * voted and when is shown), and an account's roles and links are for system administrators only. Home Affairs
 * reads citizens' contacts (R23) and every result (R32) anyway.
 */
const SEALED_COLUMNS: Record<string, readonly string[]> = {
  initiative_vote: ['novelty', 'feasibility', 'impact', 'scope', 'vote', 'comment'],
  app_user: ['roles', 'person_id', 'active', 'archived_at'],
};

/** The before/after paths of a trail entry hidden from its reader (the panel's record is flattened: `after.comment`). */
export function sealedPaths(tableName: unknown): string[] {
  return (SEALED_COLUMNS[String(tableName)] ?? []).flatMap((column) => [`before.${column}`, `after.${column}`]);
}

/** The audit trail: read by Home Affairs (Sở Nội vụ) only, never written through the application. */
export const auditEntryPolicy = definePolicy({
  resource: 'AuditEntry',
  table: 'audit_log',
  scope: (caller: Caller) => (hasRole(caller, Role.HOME_AFFAIRS) ? ALL : NONE),
  hiddenFields: (_caller, row: Record<string, unknown>) => sealedPaths(row.tableName),
  can: (caller, action) => (action === 'list' || action === 'show') && hasRole(caller, Role.HOME_AFFAIRS),
});
