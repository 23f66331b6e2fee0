import {
  ValidationError,
  type ActionRequest,
  type ActionResponse,
  type After,
  type Before,
  type ResourceWithOptions,
} from 'adminjs';
import { cityDayOf } from '../../src/common/dates.js';
import type { AdminDeps } from '../deps.js';
import { DisciplineCase } from '../../src/inspection/discipline-case.entity.js';
import { DisciplineForm, ForcingEventKind } from '../../src/inspection/inspection.enums.js';
import { DisciplineDeferral } from '../../src/inspection/discipline-deferral.entity.js';
import { deferralsOf } from '../../src/inspection/inspection.queries.js';
import { ForcingEvent } from '../../src/inspection/forcing-event.entity.js';
import { disciplineDeadline, disciplineFormProblems } from '../../src/inspection/discipline.rules.js';
import { Finding } from '../../src/inspection/finding.entity.js';
import { Inspection } from '../../src/inspection/inspection.entity.js';
import { ResponsibilityReview } from '../../src/inspection/responsibility-review.entity.js';
import { adminUser, recordActionHandler, serviceHandler } from '../actions/service-actions.js';
import { requiredEnumValue, optionalEnumValue } from '../../src/common/enum-value.js';
import { recordsOf } from '../records.js';
import { ofType, shownOnly, uuid } from './properties.js';

const inspectionNav = { name: 'inspection', icon: 'Search' };

/** R26: the last day to decide each case (90 or 150 days, paused while deferred), shown beside it. */
const withDecisionDeadline =
  ({ db, clock }: AdminDeps): After<ActionResponse> =>
  async (response) => {
    const records = recordsOf(response);
    const deferrals = await deferralsOf(
      db.manager,
      records.map((record) => record.id),
    );
    const today = cityDayOf(clock());
    for (const record of records) {
      const params = record.params as Record<string, unknown>;
      if (typeof params.openedOn === 'string' && !params.decidedOn) {
        params.decisionDeadline = disciplineDeadline(
          params.openedOn.slice(0, 10),
          params.extended === true || params.extended === 'true',
          deferrals.filter((deferral) => deferral.caseId === record.id).map((deferral) => deferral.validity),
          today,
        );
      }
    }
    return response;
  };

/** R26 in the panel: the form must exist on the decision date. */
const validDisciplineForm: Before = async (request: ActionRequest) => {
  if (request.method !== 'post' || !request.payload) return request;
  const { form, decidedOn } = request.payload as Record<string, string | undefined>;
  const problems = disciplineFormProblems(
    optionalEnumValue(DisciplineForm, form, 'form') ?? null,
    decidedOn ? decidedOn.slice(0, 10) : null,
  );
  if (problems.length > 0)
    throw new ValidationError(Object.fromEntries(problems.map((p) => [p.field, { message: p.message }])));
  return request;
};

export function inspectionResources(deps: AdminDeps): ResourceWithOptions[] {
  const { services } = deps;
  const decisionDeadline = withDecisionDeadline(deps);
  return [
    {
      resource: Inspection,
      options: {
        navigation: inspectionNav,
        titleProperty: 'name',
        listProperties: ['kind', 'method', 'unitId', 'startsOn', 'status'],
        filterProperties: ['kind', 'method', 'unitId', 'status', 'startsOn'],
        showProperties: [
          'kind',
          'method',
          'unitId',
          'startsOn',
          'endsOn',
          'status',
          'achievements',
          'shortcomings',
          'directions',
          'concludedAt',
        ],
        properties: {
          id: { isVisible: false },
          name: { type: 'string', isVisible: false },
          unitId: uuid('Unit'),
          ...ofType('date', 'startsOn', 'endsOn'),
          ...ofType('textarea', 'achievements', 'shortcomings', 'directions'),
        },
        actions: {},
      },
    },
    {
      resource: Finding,
      options: {
        navigation: inspectionNav,
        titleProperty: 'text',
        listProperties: ['inspectionId', 'text', 'responsibleUnitId', 'dueDate', 'status'],
        filterProperties: ['inspectionId', 'responsibleUnitId', 'status', 'dueDate'],
        showProperties: [
          'inspectionId',
          'text',
          'responsibleUnitId',
          'dueDate',
          'status',
          'report',
          'reportedAt',
          'verifiedAt',
          'verificationNote',
          'escalatedAt',
        ],
        properties: {
          id: { isVisible: false },
          inspectionId: uuid('Inspection'),
          responsibleUnitId: uuid('Unit'),
          dueDate: { type: 'date' },
          ...ofType('textarea', 'text', 'report'),
        },
        actions: {
          verify: {
            actionType: 'record',
            icon: 'CheckCircle',
            component: false,
            guard: 'confirmVerifyRemediation',
            handler: recordActionHandler(
              (context) =>
                services.inspections.verifyRemediation(adminUser(context), String(context.record?.id()), true, null),
              'Đã xác nhận khắc phục.',
            ),
          },
          reject: {
            actionType: 'record',
            icon: 'XCircle',
            component: false,
            guard: 'confirmRejectRemediation',
            handler: recordActionHandler(
              (context) =>
                services.inspections.verifyRemediation(adminUser(context), String(context.record?.id()), false, null),
              'Đã trả lại báo cáo khắc phục.',
            ),
          },
        },
      },
    },
    {
      resource: ResponsibilityReview,
      options: {
        navigation: inspectionNav,
        listProperties: ['unitId', 'personId', 'findingId', 'openedOn', 'closedOn'],
        editProperties: ['conclusion', 'closedOn'],
        properties: {
          id: { isVisible: false },
          unitId: uuid('Unit'),
          personId: uuid('Person'),
          findingId: uuid('Finding'),
          ...ofType('date', 'openedOn', 'closedOn'),
          conclusion: { type: 'textarea' },
        },
        actions: {},
      },
    },
    {
      resource: DisciplineCase,
      options: {
        navigation: inspectionNav,
        titleProperty: 'name',
        listProperties: ['personId', 'form', 'openedOn', 'decisionDeadline', 'decidedOn', 'extended'],
        filterProperties: ['personId', 'form', 'decidedOn'],
        editProperties: ['personId', 'form', 'openedOn', 'decidedOn', 'extended', 'note'],
        properties: {
          id: { isVisible: false },
          name: { type: 'string', isVisible: false },
          personId: uuid('Person'),
          ...ofType('date', 'openedOn', 'decidedOn'),
          note: { type: 'textarea' },
          decisionDeadline: shownOnly('date'),
        },
        actions: {
          list: { after: decisionDeadline },
          show: { after: decisionDeadline },
          new: { before: validDisciplineForm },
          edit: { before: validDisciplineForm },
        },
      },
    },
    {
      resource: DisciplineDeferral,
      options: {
        navigation: inspectionNav,
        listProperties: ['caseId', 'reason', 'validity.validFrom', 'validity.validTo'],
        editProperties: ['caseId', 'reason', 'validity.validFrom', 'validity.validTo'],
        properties: {
          id: { isVisible: false },
          caseId: uuid('DisciplineCase'),
          ...ofType('date', 'validity.validFrom', 'validity.validTo'),
        },
        actions: {},
      },
    },
    {
      resource: ForcingEvent,
      options: {
        navigation: inspectionNav,
        listProperties: ['personId', 'kind', 'occurredOn', 'document', 'createdAt'],
        filterProperties: ['personId', 'kind', 'occurredOn'],
        editProperties: ['personId', 'kind', 'occurredOn', 'document'],
        properties: {
          id: { isVisible: false },
          personId: uuid('Person'),
          occurredOn: { type: 'date' },
          document: { type: 'textarea' },
          createdByUserId: uuid('User'),
        },
        actions: {
          new: {
            handler: serviceHandler((values, context) =>
              services.forcingEvents.record(adminUser(context), {
                personId: values.personId ?? '',
                kind: requiredEnumValue(ForcingEventKind, values.kind, 'kind'),
                occurredOn: values.occurredOn?.slice(0, 10) ?? '',
                document: values.document ?? '',
              }),
            ),
          },
        },
      },
    },
  ];
}
