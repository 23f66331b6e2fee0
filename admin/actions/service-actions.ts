import {
  flat,
  type ActionContext,
  type ActionHandler,
  type ActionRequest,
  type ActionResponse,
  type RecordJSON,
} from 'adminjs';
import type { AuthUser } from '../../src/auth/auth-user.js';
import { AppError, type FieldProblem } from '../../src/common/errors.js';
import { propertyLabelVi } from '../locale/vi.js';

/** The form as plain values: empty strings are "not given". */
export type FormValues = Record<string, string | undefined>;

/** A posted value as text: a string as it is, a number or yes/no written out, a list (roles.0, …) comma-joined. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return value.map(textOf).join(',');
  return JSON.stringify(value);
}

/** A field of the form: a nested one (an embedded column's `validity.validFrom`) keeps its dotted path. */
function fieldValues(key: string, value: unknown): Array<[string, string | undefined]> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value))
    return Object.entries(value).flatMap(([inner, innerValue]) => fieldValues(`${key}.${inner}`, innerValue));
  return [[key, value === '' || value === null || value === undefined ? undefined : textOf(value)]];
}

function formValues(request: ActionRequest): FormValues {
  const unflattened = flat.unflatten(request.payload ?? {}) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(unflattened).flatMap(([key, value]) => fieldValues(key, value)));
}

export function adminUser(context: ActionContext): AuthUser {
  return context.currentAdmin as unknown as AuthUser;
}

/** The service's refusal in the form's own words: each field by its Vietnamese name, not its key ("novelty"). */
function formMessage(resourceId: string, error: AppError, fields: FieldProblem[]): string {
  if (fields.length === 0) return error.message;
  const problems = fields.map((field) => {
    const label = propertyLabelVi(resourceId, field.field);
    return label ? `${label} — ${field.message}` : field.message;
  });
  return `Dữ liệu chưa hợp lệ: ${problems.join('; ')}`;
}

function withErrors(record: RecordJSON, fields: FieldProblem[]): RecordJSON {
  const errors = Object.fromEntries(fields.map((field) => [field.field, { message: field.message }]));
  return { ...record, errors: { ...record.errors, ...errors } };
}

/**
 * A `new` or `edit` handler that hands the form to a service instead of the adapter, so the panel obeys the
 * same rules as GraphQL: an error shows as a notice (with the fields marked) and nothing is saved. `formPaths`
 * names the form's field for a field the service names otherwise (`validFrom` → `validity.validFrom`).
 */
export function serviceHandler(
  save: (values: FormValues, context: ActionContext) => Promise<{ id: string }>,
  formPaths: Record<string, string> = {},
): ActionHandler<ActionResponse> {
  return async (request, _response, context) => {
    const { resource, h, currentAdmin } = context;
    if (request.method !== 'post') {
      return { record: context.record?.toJSON(currentAdmin) };
    }
    try {
      const saved = await save(formValues(request), context);
      const record = await resource.findOne(saved.id, context);
      return {
        redirectUrl: h.resourceUrl({ resourceId: resource._decorated?.id() || resource.id() }),
        notice: {
          message: context.action.name === 'new' ? 'successfullyCreated' : 'successfullyUpdated',
          type: 'success',
        },
        record: record?.toJSON(currentAdmin),
      };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const draft = context.record ?? resource.build(request.payload ?? {});
      const fields = ((error.extensions.fields as FieldProblem[] | undefined) ?? []).map((problem) => ({
        ...problem,
        field: formPaths[problem.field] ?? problem.field,
      }));
      return {
        record: withErrors(draft.toJSON(currentAdmin), fields),
        notice: { message: formMessage(resource.id(), error, fields), type: 'error' },
      };
    }
  };
}

/**
 * A custom record action without a form (`component: false`): AdminJS's button calls it with GET once the guard
 * is confirmed, so it acts on any method. The service decides; success (a message, or one made from the result)
 * and refusal come back as a notice with the service's own words, and nothing changes on a refusal.
 */
export function recordActionHandler<T>(
  act: (context: ActionContext) => Promise<T>,
  success: string | ((result: T) => string),
): ActionHandler<ActionResponse> {
  return async (_request, _response, context) => {
    const { resource, record, h, currentAdmin } = context;
    try {
      const result = await act(context);
      const fresh = record ? await resource.findOne(record.id(), context) : null;
      return {
        record: (fresh ?? record)?.toJSON(currentAdmin),
        redirectUrl: record
          ? h.recordActionUrl({ resourceId: resource.id(), recordId: record.id(), actionName: 'show' })
          : undefined,
        notice: { message: typeof success === 'string' ? success : success(result), type: 'success' },
      };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return { record: record?.toJSON(currentAdmin), notice: { message: error.message, type: 'error' } };
    }
  };
}
