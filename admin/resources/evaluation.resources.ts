import type { ResourceWithOptions } from 'adminjs';
import type { AdminDeps } from '../deps.js';
import { Evaluation } from '../../src/evaluation/evaluation.entity.js';
import { EvaluationPeriod } from '../../src/evaluation/evaluation-period.entity.js';
import { RatingLevel, PeriodKind } from '../../src/evaluation/evaluation.enums.js';
import { levelVi } from '../../src/evaluation/levels.js';
import { QuotaException } from '../../src/evaluation/quota-exception.entity.js';
import { UnitTarget } from '../../src/evaluation/unit-target.entity.js';
import { adminUser, recordActionHandler, serviceHandler } from '../actions/service-actions.js';
import { decimal } from '../forms.js';
import { downloadAction, pdfAndDocx } from '../actions/downloads.js';
import { FORM_PATHS } from '../../src/forms/forms.js';
import { requiredEnumValue, optionalEnumValue } from '../../src/common/enum-value.js';
import { ofType, uuid } from './properties.js';

const evaluationNav = { name: 'evaluation', icon: 'Award' };

export function evaluationResources({ services }: AdminDeps): ResourceWithOptions[] {
  return [
    {
      resource: EvaluationPeriod,
      options: {
        navigation: evaluationNav,
        titleProperty: 'name',
        listProperties: ['kind', 'year', 'quarter', 'month', 'startsOn', 'endsOn', 'deadline', 'status'],
        filterProperties: ['kind', 'year', 'status'],
        showProperties: [
          'kind',
          'year',
          'quarter',
          'month',
          'startsOn',
          'endsOn',
          'deadline',
          'status',
          'closedAt',
          'createdAt',
        ],
        editProperties: ['kind', 'year', 'quarter', 'month'],
        sort: { sortBy: 'startsOn', direction: 'desc' },
        properties: {
          id: { isVisible: false },
          name: { type: 'string', isVisible: false },
          ...ofType('date', 'startsOn', 'endsOn', 'deadline'),
        },
        actions: {
          new: {
            handler: serviceHandler(async (values, context) => {
              const { period } = await services.periods.open(
                {
                  kind: requiredEnumValue(PeriodKind, values.kind, 'kind'),
                  year: Number(values.year),
                  quarter: values.quarter ? Number(values.quarter) : null,
                  month: values.month ? Number(values.month) : null,
                },
                adminUser(context).id,
              );
              return period;
            }),
          },
          close: {
            actionType: 'record',
            icon: 'Lock',
            component: false,
            guard: 'confirmClosePeriod',
            handler: recordActionHandler(
              (context) => services.periods.close(String(context.record?.id())),
              'Đã khoá kỳ đánh giá.',
            ),
          },
        },
      },
    },
    {
      resource: Evaluation,
      options: {
        navigation: evaluationNav,
        titleProperty: 'name',
        listProperties: ['personId', 'unitId', 'periodId', 'ruleSet', 'status', 'score', 'level'],
        filterProperties: ['periodId', 'unitId', 'personId', 'raterPersonId', 'status', 'level', 'ruleSet'],
        showProperties: [
          'personId',
          'unitId',
          'periodId',
          'position',
          'ruleSet',
          'raterPersonId',
          'status',
          'selfScore',
          'narrative',
          'score',
          'computedLevel',
          'level',
          'reason',
          'comment',
          'collectiveComment',
          'partyComment',
          'explanation',
          'warnings',
          'notifiedAt',
        ],
        properties: {
          id: { isVisible: false },
          name: { type: 'string', isVisible: false },
          personId: uuid('Person'),
          raterPersonId: uuid('Person'),
          unitId: uuid('Unit'),
          raterUnitId: uuid('Unit'),
          periodId: uuid('EvaluationPeriod'),
          ...ofType('textarea', 'narrative', 'comment'),
          explanation: { type: 'string', isArray: true },
          warnings: { type: 'string', isArray: true },
          ...Object.fromEntries(
            ['generalScore', 'taskScore', 'tasksOnTimePercent', 'tasksExceededPercent'].map((p) => [
              p,
              { type: 'string' as const, isVisible: { edit: true, list: false, show: false, filter: false } },
            ]),
          ),
          chosenLevel: {
            availableValues: [
              RatingLevel.EXCELLENT,
              RatingLevel.GOOD,
              RatingLevel.COMPLETED,
              RatingLevel.NOT_COMPLETED,
            ].map((value) => ({ value, label: levelVi(value) })),
            isVisible: { edit: true, list: false, show: false, filter: false },
          },
        },
        editProperties: [
          'generalScore',
          'taskScore',
          'tasksOnTimePercent',
          'tasksExceededPercent',
          'narrative',
          'comment',
          'chosenLevel',
          'reason',
        ],
        actions: {
          // "Tự đánh giá" for the person, "Đánh giá" for the rater of the day: through the service, one form
          edit: {
            icon: 'Edit3',
            handler: serviceHandler(async (values, context) => {
              const actor = adminUser(context);
              const params = context.record?.params ?? {};
              const evaluationId = String(context.record?.id());
              const parts = values.generalScore
                ? { generalScore: decimal(values.generalScore), taskScore: decimal(values.taskScore) }
                : null;
              const criteria = values.tasksOnTimePercent
                ? {
                    tasksOnTimePercent: decimal(values.tasksOnTimePercent),
                    tasksExceededPercent: decimal(values.tasksExceededPercent),
                  }
                : null;
              if (actor.personId === params.personId && ['DRAFT', 'SELF_ASSESSED'].includes(String(params.status))) {
                return services.evaluations.selfAssess(actor, {
                  evaluationId,
                  parts,
                  criteria,
                  narrative: values.narrative ?? '',
                });
              }
              return services.evaluations.rate(actor, {
                evaluationId,
                version: Number(params.version),
                parts,
                criteria,
                level: optionalEnumValue(RatingLevel, values.chosenLevel, 'chosenLevel') ?? null,
                reason: values.reason ?? null,
                comment: values.comment ?? '',
              });
            }),
          },
          // "In phiếu": the evaluation form as the decree's appendix lays it out, to print and sign or to edit
          printForm: downloadAction(async (_caller, context) => ({
            downloads: [
              pdfAndDocx(`Phiếu đánh giá: ${String(context.record?.params.name ?? '')}`, (format) =>
                FORM_PATHS.evaluation(String(context.record?.id()), format),
              ),
            ],
          })),
          approve: {
            actionType: 'record',
            icon: 'CheckCircle',
            component: false,
            guard: 'confirmApproveEvaluation',
            handler: recordActionHandler(
              (context) =>
                services.evaluations.approve(
                  adminUser(context),
                  String(context.record?.id()),
                  Number(context.record?.params.version),
                ),
              'Đã phê duyệt phiếu đánh giá.',
            ),
          },
        },
      },
    },
    {
      resource: QuotaException,
      options: {
        navigation: evaluationNav,
        listProperties: ['periodId', 'raterUnitId', 'reason', 'createdAt'],
        editProperties: ['periodId', 'raterUnitId', 'reason'],
        properties: {
          id: { isVisible: false },
          periodId: uuid('EvaluationPeriod'),
          raterUnitId: uuid('Unit'),
          createdByUserId: uuid('User'),
          reason: { type: 'textarea' },
        },
        actions: {},
      },
    },
    {
      resource: UnitTarget,
      options: {
        navigation: evaluationNav,
        listProperties: ['unitId', 'periodId', 'name', 'completionPercent', 'exceeded'],
        filterProperties: ['unitId', 'periodId'],
        editProperties: ['unitId', 'periodId', 'name', 'completionPercent', 'exceeded'],
        properties: { id: { isVisible: false }, unitId: uuid('Unit'), periodId: uuid('EvaluationPeriod') },
      },
    },
  ];
}
