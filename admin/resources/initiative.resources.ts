import type { ActionContext, ActionResponse, After, ResourceWithOptions } from 'adminjs';
import type { AuthUser } from '../../src/auth/auth-user.js';
import { cityDayOf } from '../../src/common/dates.js';
import type { AdminDeps } from '../deps.js';
import { Vote } from '../../src/initiative/initiative.enums.js';
import { currentRounds, voteInCurrentRound } from '../../src/initiative/initiative.queries.js';
import { BoardMember } from '../../src/initiative/board-member.entity.js';
import { Initiative } from '../../src/initiative/initiative.entity.js';
import { InitiativeVote } from '../../src/initiative/initiative-vote.entity.js';
import { adminUser, recordActionHandler, serviceHandler } from '../actions/service-actions.js';
import { downloadAction, pdfAndDocx } from '../actions/downloads.js';
import { FORM_PATHS } from '../../src/forms/forms.js';
import { InitiativeStatus, UNDER_BOARD_REVIEW } from '../../src/initiative/initiative.enums.js';
import { isReviewOverdue } from '../../src/initiative/initiative.rules.js';
import { requiredEnumValue } from '../../src/common/enum-value.js';
import { recordsOf } from '../records.js';
import { ofType, shownOnly, uuid } from './properties.js';

/** The statuses an initiative has once a round's result is recorded: its review has minutes. */
const REVIEWED: readonly string[] = [
  InitiativeStatus.RECOMMENDED,
  InitiativeStatus.NOT_RECOMMENDED,
  InitiativeStatus.APPROVED,
  InitiativeStatus.REJECTED,
  InitiativeStatus.IMPLEMENTING,
  InitiativeStatus.REPORTED,
  InitiativeStatus.COMPLETED,
  InitiativeStatus.NOT_COMPLETED,
];

const navigation = { name: 'initiative', icon: 'Zap' };
const current = (context: { currentAdmin?: unknown }) => (context.currentAdmin as AuthUser | undefined) ?? null;

/** Progress ("3/5 đã thẩm định"), the caller's own part in the round, and whether the review is overdue. */
const withReviewState =
  ({ db, clock }: AdminDeps): After<ActionResponse> =>
  async (response, _request, context) => {
    const list = recordsOf(response);
    const ids = list.map((record) => record.id);
    if (ids.length === 0) return response;
    const userId = current(context)?.id ?? null;
    const rows = await currentRounds(db.manager, ids, userId);
    const today = cityDayOf(clock());
    for (const record of list) {
      const round = rows.find((row) => row.initiative_id === record.id);
      const params = record.params as Record<string, unknown>;
      const status = params.status as InitiativeStatus;
      const reviewing = UNDER_BOARD_REVIEW.includes(status);
      if (round) params.progress = `${String(round.voted)}/${String(round.eligible.length)} đã thẩm định`;
      if (round && userId) {
        params.myPart = round.recused.includes(userId)
          ? 'Không tham gia (đơn vị liên quan)'
          : round.mine
            ? 'Đã thẩm định'
            : round.eligible.includes(userId) && reviewing
              ? 'Chờ tôi thẩm định'
              : '';
      }
      params.overdue =
        typeof params.reviewDueOn === 'string' &&
        isReviewOverdue({ status, reviewDueOn: params.reviewDueOn.slice(0, 10) }, today);
    }
    return response;
  };

/** What a proposal says (the registration form's parts), each a longer text. */
const PROPOSAL = ['problem', 'content', 'scope', 'timeline', 'resources', 'feasibility', 'expectedImpact'];

export function initiativeResources(deps: AdminDeps): ResourceWithOptions[] {
  const { services, db } = deps;
  const reviewState = withReviewState(deps);
  return [
    {
      resource: Initiative,
      options: {
        navigation,
        titleProperty: 'title',
        listProperties: ['title', 'unitId', 'status', 'reviewDueOn', 'progress', 'myPart', 'overdue'],
        filterProperties: ['title', 'unitId', 'status', 'reviewDueOn', 'submittedAt'],
        showProperties: [
          'title',
          'unitId',
          'status',
          'progress',
          'myPart',
          ...PROPOSAL,
          'submittedAt',
          'reviewDueOn',
          'resultExplanation',
          'decidedAt',
          'completedOn',
          'report',
          'reportDueOn',
          'evaluationDueOn',
          'evaluatedOn',
        ],
        sort: { sortBy: 'updatedAt', direction: 'desc' },
        properties: {
          id: { isVisible: false },
          unitId: uuid('Unit'),
          createdByUserId: uuid('User'),
          ...ofType('textarea', ...PROPOSAL, 'report', 'resultExplanation'),
          ...ofType(
            'date',
            'reviewDueOn',
            'completedOn',
            'reportDueOn',
            'reportedOn',
            'evaluationDueOn',
            'evaluatedOn',
          ),
          progress: shownOnly('string'),
          myPart: shownOnly('string'),
          overdue: shownOnly('boolean'),
        },
        actions: {
          list: { after: reviewState },
          show: { after: reviewState },
          // "Biên bản thẩm định": the board's minutes of the last round whose result is recorded (votes are sealed before)
          printMinutes: {
            ...downloadAction(async (_caller, context) => ({
              downloads: [
                pdfAndDocx(`Biên bản thẩm định: ${String(context.record?.params.title ?? '')}`, (format) =>
                  FORM_PATHS.initiativeMinutes(String(context.record?.id()), format),
                ),
              ],
            })),
            isVisible: (context: ActionContext) => REVIEWED.includes(String(context.record?.params.status)),
          },
          recordResult: {
            actionType: 'record',
            icon: 'Flag',
            component: false,
            guard: 'confirmRecordResult',
            handler: recordActionHandler(
              (context) => services.initiatives.recordResult(adminUser(context), String(context.record?.id())),
              'Đã ghi nhận kết quả thẩm định.',
            ),
          },
          approve: {
            actionType: 'record',
            icon: 'ThumbsUp',
            component: false,
            guard: 'confirmApproveInitiative',
            handler: recordActionHandler(
              (context) => services.initiatives.decide(adminUser(context), String(context.record?.id()), true, null),
              'Đã phê duyệt sáng kiến.',
            ),
          },
          reject: {
            actionType: 'record',
            icon: 'ThumbsDown',
            component: false,
            guard: 'confirmRejectInitiative',
            handler: recordActionHandler(
              (context) => services.initiatives.decide(adminUser(context), String(context.record?.id()), false, null),
              'Đã không phê duyệt sáng kiến.',
            ),
          },
        },
      },
    },
    {
      resource: InitiativeVote,
      options: {
        navigation,
        listProperties: [
          'initiativeId',
          'round',
          'userId',
          'vote',
          'novelty',
          'feasibility',
          'impact',
          'scope',
          'createdAt',
        ],
        filterProperties: ['initiativeId', 'userId', 'vote'],
        editProperties: ['initiativeId', 'novelty', 'feasibility', 'impact', 'scope', 'vote', 'comment'],
        properties: {
          id: { isVisible: false },
          initiativeId: uuid('Initiative'),
          userId: uuid('User'),
          comment: { type: 'textarea' },
        },
        actions: {
          // "Thẩm định": the member's scores and vote, through the service (recusal, rubric range, one vote per round)
          new: {
            handler: serviceHandler(async (values, context) => {
              const actor = adminUser(context);
              const initiative = await services.initiatives.vote(actor, values.initiativeId ?? '', {
                novelty: Number(values.novelty),
                feasibility: Number(values.feasibility),
                impact: Number(values.impact),
                scope: Number(values.scope),
                vote: requiredEnumValue(Vote, values.vote, 'vote'),
                comment: values.comment,
              });
              return voteInCurrentRound(db.manager, initiative, actor.id);
            }),
          },
        },
      },
    },
    {
      resource: BoardMember,
      options: {
        navigation,
        listProperties: ['userId', 'unitId', 'chair', 'validity.validFrom', 'validity.validTo'],
        editProperties: ['userId', 'unitId', 'chair', 'validity.validFrom', 'validity.validTo'],
        properties: {
          id: { isVisible: false },
          userId: uuid('User'),
          unitId: uuid('Unit'),
          ...ofType('date', 'validity.validFrom', 'validity.validTo'),
        },
        actions: {},
      },
    },
  ];
}
