import AdminJS, {
  BaseRecord,
  Filter,
  flat,
  populator,
  type ActionContext,
  type ActionRequest,
  type BaseResource,
  type PropertyDecorator,
  type RecordJSON,
} from 'adminjs';
import type { RequestHandler } from 'express';
import { MAX_EXPORT_ROWS, XLSX_CONTENT_TYPE, xlsxOf, type CellKind, type SheetColumn } from '../src/exports/xlsx.js';
import { asyncRoute } from '../src/common/http-errors.js';
import { fileSlug } from '../src/forms/document.js';
import { policyOf } from './guard.js';
import { booleanLabelVi, propertyLabelVi, valueLabelVi, viTranslations } from './locale/vi.js';
import { recordsOf } from './records.js';
import { callerOf } from './session.js';

/** What the list shows for a reference to a record the caller may not open (admin/components/reference-value.tsx). */
const NOT_SHOWN = '(không có quyền xem)';

const KINDS: Record<string, CellKind> = {
  date: 'date',
  datetime: 'datetime',
  number: 'decimal',
  float: 'decimal',
  currency: 'decimal',
  boolean: 'boolean',
};

/** A list column as a sheet column: its Vietnamese header, its cells typed, a reference by its record's title. */
function column(resourceId: string, property: PropertyDecorator): SheetColumn<BaseRecord> {
  const path = property.propertyPath;
  const type = property.type();
  const header = propertyLabelVi(resourceId, path) ?? path;
  if (type === 'reference') {
    // as the list shows it: the referenced record's title, or that the caller may not open it (never its bare id)
    return {
      header,
      kind: 'text',
      value: (record) => {
        const referenced: unknown = record.populated[path];
        return referenced instanceof BaseRecord ? referenced.title() : record.params[path] ? NOT_SHOWN : null;
      },
    };
  }
  const choices = property.availableValues();
  if (choices) {
    const label = (value: unknown) =>
      valueLabelVi(resourceId, path, String(value)) ??
      choices.find((choice) => String(choice.value) === String(value))?.label ??
      value;
    return {
      header,
      kind: 'text',
      value: (record): unknown =>
        property.isArray() ? (record.get(path) as unknown[] | undefined)?.map(label) : label(record.params[path]),
    };
  }
  if (type === 'boolean' && booleanLabelVi(path, true)) {
    // as the list shows it: "Quá hạn" / "Trong hạn", not "Có" / "Không"
    const label = (value: unknown) => (value === undefined || value === null ? null : booleanLabelVi(path, value));
    return { header, kind: 'text', value: (record) => label(record.params[path]) };
  }
  const kind = KINDS[type] ?? 'text';
  return {
    header,
    kind,
    value: (record): unknown =>
      property.isArray() || kind === 'text' ? (record.get(path) ?? record.params[path]) : record.params[path],
  };
}

/**
 * Runs the list action's after hooks over the records, as the list does before answering: some compute columns
 * (a 1022 item's overdue, an initiative's progress, a case's deadline). The hooks read and write `params`.
 */
async function runListHooks(records: BaseRecord[], request: ActionRequest, context: ActionContext): Promise<void> {
  const listed = records.map(
    (record) => ({ id: record.id(), title: record.title(), params: record.params, populated: {} }) as RecordJSON,
  );
  const response = await context.action.invokeAfterHook({ records: listed }, request, context);
  const params = new Map(recordsOf(response).map((record) => [record.id, record.params]));
  for (const record of records) record.params = params.get(record.id()) ?? record.params;
}

/**
 * The panel's list of a resource as an Excel workbook (GET /admin/exports/resources/<Resource>.xlsx with the
 * list's own query: filters.*, sortBy, direction): the same data layer as the list itself — the policy's scope,
 * the allowed filters, the hidden fields, references titled within what the caller may see, the list's after hooks
 * — and its columns.
 */
export function listExport(admin: AdminJS): RequestHandler {
  return asyncRoute(async (req, res) => {
    const currentAdmin = (req.session as { adminUser?: ActionContext['currentAdmin'] }).adminUser;
    const caller = callerOf({ currentAdmin });
    const resource = admin.resources.find((candidate: BaseResource) => candidate.id() === req.params.resourceId);
    const refuse = (status: number, code: string, message: string) =>
      res.status(status).json({ errors: [{ message, extensions: { code } }] });
    if (!caller) return refuse(401, 'UNAUTHENTICATED', 'Chưa đăng nhập hoặc phiên đã hết hạn.');
    if (!resource) return refuse(404, 'NOT_FOUND', 'Không tìm thấy danh sách.');
    if (!policyOf({ name: resource.id() }).can(caller, 'list'))
      return refuse(403, 'FORBIDDEN', 'Bạn không có quyền xem danh sách này.');
    const decorated = resource.decorate();
    const context = {
      currentAdmin,
      resource,
      _admin: admin,
      action: decorated.actions.list,
      h: admin.options,
    } as unknown as ActionContext;
    const {
      filters = {},
      sortBy,
      direction,
    } = flat.unflatten(req.query) as {
      filters?: Record<string, unknown>;
      sortBy?: string;
      direction?: string;
    };
    const filter = await new Filter(filters, resource).populate(context);
    const total = await resource.count(filter, context);
    if (total > MAX_EXPORT_ROWS)
      return refuse(
        400,
        'BAD_USER_INPUT',
        `Danh sách có ${String(total)} dòng, quá ${String(MAX_EXPORT_ROWS)} dòng một lần xuất: hãy lọc hẹp hơn.`,
      );
    const sort = {
      sortBy: sortBy ?? decorated.options.sort?.sortBy,
      direction: (direction ?? decorated.options.sort?.direction) === 'desc' ? 'desc' : 'asc',
    } as const;
    const records = await populator(
      await resource.find(filter, { limit: MAX_EXPORT_ROWS, offset: 0, sort }, context),
      context,
    );
    await runListHooks(
      records,
      { method: 'get', params: { resourceId: resource.id(), action: 'list' }, query: req.query },
      context,
    );
    const name = (viTranslations.labels as Record<string, unknown>)[resource.id()];
    const title = typeof name === 'string' ? name : resource.id();
    const body = await xlsxOf(
      title,
      decorated.getListProperties().map((property) => column(resource.id(), property)),
      records,
    );
    res.setHeader('content-type', XLSX_CONTENT_TYPE);
    res.setHeader('content-disposition', `attachment; filename="${fileSlug(title) || 'danh-sach'}.xlsx"`);
    res.setHeader('cache-control', 'no-store');
    return res.send(body);
  });
}
