import { flat, type ActionResponse, type RecordJSON, type ResourceWithOptions } from 'adminjs';
import { UnitLink } from '../../src/hierarchy/unit-link.entity.js';
import { Unit } from '../../src/hierarchy/unit.entity.js';
import { UnitKind } from '../../src/hierarchy/hierarchy.enums.js';
import type { AdminDeps } from '../deps.js';
import { BadInputError, requireDay } from '../../src/common/errors.js';
import { Reorganisation } from '../../src/hierarchy/reorganisation.entity.js';
import { ReorganisationKind, StepKind } from '../../src/hierarchy/hierarchy.enums.js';
import { adminUser, recordActionHandler, serviceHandler } from '../actions/service-actions.js';
import { PlanStep, type StepPayload } from '../../src/hierarchy/plan-step.entity.js';
import { ReorganisationPlan } from '../../src/hierarchy/reorganisation-plan.entity.js';
import { UnitLineage } from '../../src/hierarchy/unit-lineage.entity.js';
import type { PlanReport } from '../../src/hierarchy/plan.service.js';
import { lineageOf } from '../../src/hierarchy/plan.queries.js';
import { parentHistoryOf } from '../../src/hierarchy/tree.queries.js';
import { addDays } from '../../src/common/dates.js';
import { downloadAction, pdfAndDocx } from '../actions/downloads.js';
import { FORM_PATHS } from '../../src/forms/forms.js';
import { summaryPeriodsOf } from '../../src/forms/forms.queries.js';
import { periodName } from '../../src/evaluation/period.rules.js';
import { requiredEnumValue, optionalEnumValue } from '../../src/common/enum-value.js';
import { ofType, uuid } from './properties.js';

/** A plan's report in one Vietnamese paragraph (the preview's notice, the applied plan's page). */
export function reportSummary(report: PlanReport): string {
  const names = (list: Array<{ fullName: string }>) =>
    list.length > 0
      ? `: ${list
          .slice(0, 10)
          .map((row) => row.fullName)
          .join(', ')}${list.length > 10 ? ', …' : ''}`
      : '';
  return (
    [
      `Từ ngày ${report.effectiveDate.split('-').reverse().join('/')}: ${String(report.unitsBefore)} → ${String(report.unitsAfter)} đơn vị`,
      `đóng ${String(report.unitsClosed.length)}, thành lập ${String(report.unitsCreated.length)}, chuyển trực thuộc ${String(report.unitsRelinked)}`,
      `${String(report.peopleMoved)} người chuyển sang đơn vị kế thừa`,
      `${String(report.headsEnded.length)} người đứng đầu kết thúc nhiệm vụ${names(report.headsEnded)}`,
      `${String(report.peopleWithoutSuccessor.length)} người chưa có đơn vị (Sở Nội vụ bố trí)`,
      `chuyển đơn vị: ${String(report.openEvaluationsMoved)} phiếu đánh giá, ${String(report.feedbackItemsMoved)} phản ánh 1022, ${String(report.findingsMoved)} nội dung kết luận, ${String(report.initiativesMoved)} sáng kiến`,
      `${String(report.feedbackItemsLeft ?? 0)} phản ánh 1022 còn ở đơn vị đã giải thể, cần giao lại`,
    ].join('; ') + '.'
  );
}

/** A unit's predecessors or successors as the unit's page shows them. */
const lineageText = (links: Awaited<ReturnType<typeof lineageOf>> extends Map<string, infer L> ? L : never) =>
  links
    .map(
      (link) =>
        `${link.unit.name} (${link.unit.code}, ${link.whole ? 'toàn bộ' : 'một phần'}, từ ${link.effectiveDate.split('-').reverse().join('/')})`,
    )
    .join('; ') || '—';

const navigation = { name: 'hierarchy', icon: 'Home' };

export function hierarchyResources({ services, db }: AdminDeps): ResourceWithOptions[] {
  return [
    {
      resource: Unit,
      options: {
        navigation,
        // "Phường 01 — Quận 3" in lists, pickers and page titles (admin/titles.ts); searched by the unit's own name
        titleProperty: 'nameWithParent',
        listProperties: ['code', 'nameWithParent', 'typeVi', 'kind', 'validity.validFrom', 'validity.validTo'],
        filterProperties: ['code', 'name', 'kind', 'validity.validFrom', 'validity.validTo'],
        showProperties: [
          'code',
          'name',
          'typeVi',
          'kind',
          'validity.validFrom',
          'validity.validTo',
          'mergedIntoId',
          'history',
          'predecessors',
          'successors',
          'createdAt',
          'updatedAt',
        ],
        editProperties: ['code', 'name', 'typeVi', 'kind', 'parentId', 'validity.validFrom'],
        sort: { sortBy: 'kind', direction: 'asc' },
        properties: {
          id: { isVisible: false },
          nameWithParent: { type: 'string', isVisible: { list: true, show: false, edit: false, filter: false } },
          ...ofType('date', 'validity.validFrom', 'validity.validTo'),
          parentId: {
            type: 'reference',
            reference: 'Unit',
            isVisible: { edit: true, list: false, show: false, filter: false },
          },
          mergedIntoId: uuid('Unit'),
          history: { type: 'textarea', isVisible: { show: true, list: false, edit: false, filter: false } },
          predecessors: { type: 'textarea', isVisible: { show: true, list: false, edit: false, filter: false } },
          successors: { type: 'textarea', isVisible: { show: true, list: false, edit: false, filter: false } },
        },
        actions: {
          // "Danh sách tổng hợp xếp loại": the unit's summary list of each period in which the caller sees its results (R32)
          printSummary: downloadAction(async (caller, context) => {
            const unitId = String(context.record?.id());
            const periods = await summaryPeriodsOf(db.manager, caller, unitId);
            return {
              downloads: periods.map((period) =>
                pdfAndDocx(`Danh sách tổng hợp ${periodName(period)}`, (format) =>
                  FORM_PATHS.summary(period.id, unitId, false, format),
                ),
              ),
              message: 'Không có kết quả đánh giá nào của đơn vị mà bạn được xem.',
            };
          }),
          show: {
            after: async (response: ActionResponse) => {
              const record = response.record as RecordJSON | undefined;
              if (!record) return response;
              const { id } = record;
              const [before, after, parents] = await Promise.all([
                lineageOf(db.manager, [id], 'predecessors'),
                lineageOf(db.manager, [id], 'successors'),
                parentHistoryOf(db.manager, id),
              ]);
              const day = (value: string) => value.split('-').reverse().join('/');
              record.params.history =
                parents
                  .map(
                    (link) =>
                      `${day(link.validFrom)} – ${link.validTo ? day(addDays(link.validTo, -1)) : 'nay'}: trực thuộc ${link.parentName} (${link.parentCode})`,
                  )
                  .join('\n') || '—';
              record.params.predecessors = lineageText(before.get(id) ?? []);
              record.params.successors = lineageText(after.get(id) ?? []);
              return response;
            },
          },
          new: {
            handler: serviceHandler(
              (values) =>
                services.hierarchy.createUnit({
                  code: values.code ?? '',
                  name: values.name ?? '',
                  typeVi: values.typeVi,
                  kind: requiredEnumValue(UnitKind, values.kind, 'kind'),
                  parentId: values.parentId,
                  validFrom: values['validity.validFrom']?.slice(0, 10) ?? '',
                }),
              { validFrom: 'validity.validFrom' },
            ),
          },
          edit: {
            handler: serviceHandler((values, context) =>
              services.hierarchy.updateUnit(String(context.record?.id()), {
                code: values.code,
                name: values.name,
                typeVi: values.typeVi,
                kind: optionalEnumValue(UnitKind, values.kind, 'kind'),
              }),
            ),
          },
        },
      },
    },
    {
      resource: Reorganisation,
      options: {
        navigation,
        titleProperty: 'summary',
        listProperties: ['effectiveDate', 'kind', 'summary', 'createdAt'],
        filterProperties: ['effectiveDate', 'kind', 'summary'],
        showProperties: ['effectiveDate', 'kind', 'summary', 'note', 'createdByUserId', 'createdAt'],
        editProperties: ['kind', 'unitCodes', 'targetUnitId', 'effectiveDate', 'note'],
        sort: { sortBy: 'effectiveDate', direction: 'desc' },
        properties: {
          id: { isVisible: false },
          effectiveDate: { type: 'date' },
          ...ofType('textarea', 'summary', 'note'),
          targetUnitId: uuid('Unit'),
          createdByUserId: uuid('User'),
          unitCodes: {
            type: 'string',
            isVisible: { edit: true, list: false, show: false, filter: false },
            description: 'Mã đơn vị được chuyển (một mã) hoặc được hợp nhất (nhiều mã, cách nhau bởi dấu phẩy)',
          },
        },
        actions: {
          new: {
            handler: serviceHandler(async (values, context) => {
              const day = requireDay(values.effectiveDate?.slice(0, 10) ?? '', 'effectiveDate');
              const codes = (values.unitCodes ?? '').split(/[\s,;]+/).filter(Boolean);
              const author = { userId: adminUser(context).id, note: values.note };
              const kind = requiredEnumValue(ReorganisationKind, values.kind, 'kind');
              if (kind === ReorganisationKind.MOVE && codes.length !== 1) {
                throw new BadInputError(
                  [{ field: 'unitCodes', message: 'chuyển đơn vị: nhập đúng một mã' }],
                  'A move takes one code.',
                );
              }
              const unitIds = await services.hierarchy.unitIdsByCodes(codes, day, 'unitCodes');
              const [moved = ''] = unitIds;
              const { record } =
                kind === ReorganisationKind.MOVE
                  ? await services.hierarchy.moveUnit(moved, values.targetUnitId ?? '', day, author)
                  : await services.hierarchy.mergeUnits(
                      { sourceIds: unitIds, targetId: values.targetUnitId, date: day },
                      author,
                    );
              return record;
            }),
          },
        },
      },
    },
    {
      resource: ReorganisationPlan,
      options: {
        navigation,
        titleProperty: 'actNumber',
        listProperties: ['actNumber', 'title', 'effectiveDate', 'status'],
        filterProperties: ['actNumber', 'status', 'effectiveDate'],
        showProperties: [
          'actNumber',
          'title',
          'signedOn',
          'effectiveDate',
          'status',
          'summary',
          'appliedAt',
          'createdAt',
        ],
        editProperties: ['actNumber', 'title', 'signedOn', 'effectiveDate'],
        sort: { sortBy: 'effectiveDate', direction: 'desc' },
        properties: {
          id: { isVisible: false },
          ...ofType('date', 'signedOn', 'effectiveDate'),
          title: { type: 'textarea' },
          summary: { type: 'textarea', isVisible: { show: true, list: false, edit: false, filter: false } },
        },
        actions: {
          show: {
            after: async (response: ActionResponse) => {
              const record = response.record as RecordJSON | undefined;
              const { report } = flat.unflatten(record?.params ?? {}) as { report?: PlanReport | null };
              if (record && report) record.params.summary = reportSummary(report);
              return response;
            },
          },
          new: {
            handler: serviceHandler((values, context) =>
              services.plans.create(
                {
                  actNumber: values.actNumber ?? '',
                  title: values.title ?? '',
                  signedOn: values.signedOn?.slice(0, 10) ?? '',
                  effectiveDate: values.effectiveDate?.slice(0, 10) ?? '',
                },
                [],
                adminUser(context).id,
              ),
            ),
          },
          preview: {
            actionType: 'record',
            icon: 'Eye',
            component: false,
            handler: recordActionHandler(
              async (context) => reportSummary(await services.plans.preview(String(context.record?.id()))),
              (summary: string) => `Xem trước — ${summary}`,
            ),
          },
          apply: {
            actionType: 'record',
            icon: 'CheckCircle',
            component: false,
            guard: 'confirmApplyPlan',
            handler: recordActionHandler(
              (context) => services.plans.apply(String(context.record?.id())),
              'Đã áp dụng kế hoạch sắp xếp.',
            ),
          },
          schedule: {
            actionType: 'record',
            icon: 'Clock',
            component: false,
            handler: recordActionHandler(
              (context) => services.plans.schedule(String(context.record?.id())),
              'Đã đặt lịch: kế hoạch sẽ được áp dụng vào ngày hiệu lực.',
            ),
          },
          withdraw: {
            actionType: 'record',
            icon: 'XCircle',
            component: false,
            guard: 'confirmWithdrawPlan',
            handler: recordActionHandler(
              (context) => services.plans.withdraw(String(context.record?.id())),
              'Đã rút kế hoạch.',
            ),
          },
        },
      },
    },
    {
      resource: PlanStep,
      options: {
        navigation,
        listProperties: ['planId', 'ordinal', 'kind', 'payload'],
        filterProperties: ['planId', 'kind'],
        editProperties: ['planId', 'kind', 'payload'],
        sort: { sortBy: 'ordinal', direction: 'asc' },
        properties: {
          id: { isVisible: false },
          planId: uuid('ReorganisationPlan'),
          payload: {
            type: 'textarea',
            description:
              'Theo mã đơn vị, ví dụ {"sources": ["26737", "26740"], "target": "26740"} (hợp nhất) hoặc {"source": "26737", "parts": ["26740", "26743"], "defaultSuccessor": "26740"} (chia tách)',
          },
        },
        actions: {
          new: {
            handler: serviceHandler(async (values) => {
              let payload: Record<string, unknown>;
              try {
                payload = JSON.parse(values.payload ?? '{}') as Record<string, unknown>;
              } catch {
                throw new BadInputError(
                  [{ field: 'payload', message: 'nội dung phải là JSON hợp lệ' }],
                  'The payload must be JSON.',
                );
              }
              const [step] = await services.plans.addSteps(values.planId ?? '', [
                { ...payload, kind: requiredEnumValue(StepKind, values.kind, 'kind') } as StepPayload,
              ]);
              if (!step) throw new Error('the plan service added no step');
              return step;
            }),
          },
        },
      },
    },
    {
      resource: UnitLineage,
      options: {
        navigation,
        listProperties: ['predecessorId', 'successorId', 'effectiveDate', 'whole'],
        filterProperties: ['predecessorId', 'successorId', 'effectiveDate', 'whole'],
        properties: {
          id: { isVisible: false },
          predecessorId: uuid('Unit'),
          successorId: uuid('Unit'),
          planId: uuid('ReorganisationPlan'),
          effectiveDate: { type: 'date' },
        },
      },
    },
    {
      resource: UnitLink,
      options: {
        navigation,
        listProperties: ['unitId', 'parentId', 'validity.validFrom', 'validity.validTo'],
        filterProperties: ['unitId', 'parentId', 'validity.validFrom', 'validity.validTo'],
        properties: {
          id: { isVisible: false },
          'validity.validFrom': { type: 'date' },
          'validity.validTo': { type: 'date' },
        },
        actions: {},
      },
    },
  ];
}
