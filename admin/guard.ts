import { randomUUID } from 'node:crypto';
import {
  ACTIONS,
  type Action,
  type ActionContext,
  type ActionHandler,
  type ActionRequest,
  type ActionResponse,
  type ResourceWithOptions,
} from 'adminjs';
import type { Policy } from '../src/auth/policy.js';
import { actingAs } from '../src/common/audit-context.js';
import { AUDITED_TABLES } from '../src/audit/audit.policy.js';
import { POLICIES } from '../src/policies.js';
import { recordActionHandler } from './actions/service-actions.js';
import type { PolicyResource } from './policy-resource.js';
import { callerOf } from './session.js';
import { COMPONENTS } from './components/index.js';

/**
 * AdminJS's built-in actions and the panel's downloads, by the policy action that decides them: the Excel export
 * of a list is the list; a printed form and the files of a record are the record (what a form shows is asked of
 * its own policy again).
 */
const BUILT_IN: Record<string, string> = {
  list: 'list',
  search: 'list',
  show: 'show',
  new: 'new',
  edit: 'edit',
  delete: 'delete',
  bulkDelete: 'delete',
  restore: 'delete',
  exportXlsx: 'list',
  printForm: 'show',
  printMinutes: 'show',
  printSummary: 'show',
  attachments: 'show',
};

/** Xuất Excel: the list with its filters as an .xlsx file (admin/list-export.ts), in a drawer over the list. */
const exportXlsx = {
  actionType: 'resource' as const,
  icon: 'Download',
  showInDrawer: true,
  component: COMPONENTS.ExportList,
  handler: async () => ({}),
};

/** Lịch sử thay đổi: the row's entries in the audit trail, for whoever reads the trail, on the tables it records. */
const history = (table: string) => ({
  actionType: 'record' as const,
  icon: 'Activity',
  component: false as const,
  isVisible: AUDITED_TABLES.has(table),
  handler: async (_request: ActionRequest, _response: unknown, { record, h, currentAdmin }: ActionContext) => ({
    record: record?.toJSON(currentAdmin),
    redirectUrl: h.resourceUrl({
      resourceId: 'AuditEntry',
      search: `?filters.tableName=${table}&filters.rowId=${encodeURIComponent(String(record?.id()))}`,
    }),
  }),
});

/** Who may archive a row (delete, bulk delete) may bring it back; shown on archived rows only. */
const restore = {
  actionType: 'record' as const,
  icon: 'RotateCcw',
  component: false as const,
  isVisible: (context: ActionContext) => Boolean(context.record?.params.archivedAt),
  handler: recordActionHandler(
    (context) => (context.resource as PolicyResource).restore(String(context.record?.id()), context),
    'Đã khôi phục bản ghi',
  ),
};

export function policyOf(resource: { name: string }): Policy {
  const policy = POLICIES.get(resource.name);
  if (!policy) throw new Error(`The admin resource ${resource.name} has no policy in src/policies.ts`);
  return policy;
}

/** The request id the panel's middleware gave this request (admin.ts), for the audit trail. */
function requestIdOf(request: ActionRequest): string {
  return (request as ActionRequest & { requestId?: string }).requestId ?? randomUUID();
}

/** The handler run on behalf of the signed-in user, so the audit trail names them for every write it makes. */
function audited(handler: ActionHandler<ActionResponse>): ActionHandler<ActionResponse> {
  return (request, response, context) =>
    actingAs({ userId: callerOf(context)?.user.id ?? null, requestId: requestIdOf(request), origin: 'admin' }, () =>
      handler(request, response, context),
    );
}

/**
 * Every action of every resource — built-in and custom — is accessible exactly when the resource's policy says
 * so, for the caller and the record at hand, and runs as its caller for the audit trail; the resource files
 * declare no access rules of their own.
 */
export function guarded(resources: ResourceWithOptions[]): ResourceWithOptions[] {
  return resources.map(({ resource, options }) => {
    const policy = policyOf(resource as { name: string });
    const declared = options.actions ?? {};
    const names = new Set([
      ...Object.keys(BUILT_IN).filter((name) => !name.startsWith('print')),
      ...Object.keys(declared),
      'history',
    ]);
    const trail = policyOf({ name: 'AuditEntry' });
    const actions = Object.fromEntries(
      [...names].map((name) => {
        const generic: Record<string, Partial<Action<ActionResponse>>> = {
          restore,
          history: history(policy.table),
          exportXlsx,
        };
        const own = declared[name as keyof typeof declared] ?? generic[name];
        const handler = (own?.handler ?? ACTIONS[name as keyof typeof ACTIONS]?.handler) as
          ActionHandler<ActionResponse> | undefined;
        return [
          name,
          {
            ...own,
            ...(handler ? { handler: audited(handler) } : {}),
            isAccessible: (context: ActionContext) => {
              const caller = callerOf(context);
              if (caller === null) return false;
              if (name === 'history') return trail.can(caller, 'list');
              return policy.can(caller, BUILT_IN[name] ?? name, context.record?.params);
            },
          },
        ];
      }),
    );
    return { resource, options: { ...options, actions } };
  });
}
