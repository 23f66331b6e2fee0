import type { ActionResponse, After, ResourceWithOptions } from 'adminjs';
import { cityDayOf } from '../../src/common/dates.js';
import type { AdminDeps } from '../deps.js';
import { AssignmentReason, type FeedbackStatus } from '../../src/feedback/feedback.enums.js';
import { FeedbackAssignment } from '../../src/feedback/feedback-assignment.entity.js';
import { FeedbackItem } from '../../src/feedback/feedback-item.entity.js';
import { CONTACT_FIELDS } from '../../src/feedback/feedback.policy.js';
import { isOverdue } from '../../src/feedback/feedback.rules.js';
import { isProvisional } from '../../src/calendar/calendar.js';
import { loadWorkCalendar } from '../../src/calendar/calendar.queries.js';
import { adminUser, serviceHandler } from '../actions/service-actions.js';
import { optionalEnumValue } from '../../src/common/enum-value.js';
import { recordsOf } from '../records.js';
import { ofType, shownOnly, uuid } from './properties.js';

const feedbackNav = { name: 'feedback', icon: 'MessageSquare' };

/**
 * `overdue`, from the clock, and whether the due date is provisional (R31: counted across a year whose notice is
 * not entered), beside each item. The citizen's contact is the policy's: src/feedback/feedback.policy.ts.
 */
const withDueState =
  ({ db, clock }: AdminDeps): After<ActionResponse> =>
  async (response) => {
    const records = recordsOf(response);
    if (records.length === 0) return response;
    const calendar = await loadWorkCalendar(db.manager);
    for (const record of records) {
      const params = record.params as Record<string, unknown>;
      if (!params.dueAt) continue;
      const due = new Date(params.dueAt as string);
      params.overdue = isOverdue({ dueAt: due, status: params.status as FeedbackStatus }, clock());
      params.dueProvisional = isProvisional(calendar, cityDayOf(new Date(params.receivedAt as string)), cityDayOf(due));
    }
    return response;
  };

/** Where an item is handled and by when (R20's deadline), in the list and on the record alike. */
const HANDLING = ['unitId', 'status', 'receivedAt', 'dueAt', 'dueProvisional', 'overdue'];

export function feedbackResources(deps: AdminDeps): ResourceWithOptions[] {
  const { services } = deps;
  const dueState = withDueState(deps);
  return [
    {
      resource: FeedbackItem,
      options: {
        navigation: feedbackNav,
        titleProperty: 'reference',
        listProperties: ['reference', 'category', ...HANDLING],
        filterProperties: ['reference', 'unitId', 'status', 'category', 'receivedAt', 'dueAt'],
        showProperties: [
          'reference',
          'channel',
          'category',
          'content',
          ...CONTACT_FIELDS,
          ...HANDLING,
          'reply',
          'repliedAt',
          'citizenSatisfied',
        ],
        editProperties: ['unitId', 'assignmentKind', 'progressNote', 'committedDate', 'reply'],
        sort: { sortBy: 'dueAt', direction: 'asc' },
        properties: {
          id: { isVisible: false },
          unitId: uuid('Unit'),
          ...ofType('textarea', 'content', 'reply'),
          overdue: shownOnly('boolean'),
          dueProvisional: shownOnly('boolean'),
          assignmentKind: {
            availableValues: [
              { value: AssignmentReason.OTHER, label: 'Chuyển xử lý' },
              { value: AssignmentReason.MISROUTED, label: 'Chuyển sai địa bàn (tính lại hạn)' },
            ],
            isVisible: { edit: true, list: false, show: false, filter: false },
          },
          progressNote: { type: 'textarea', isVisible: { edit: true, list: false, show: false, filter: false } },
          committedDate: { type: 'date', isVisible: { edit: true, list: false, show: false, filter: false } },
        },
        actions: {
          list: { after: dueState },
          show: { after: dueState },
          search: { after: dueState },
          edit: {
            icon: 'Edit3',
            after: dueState,
            // "Xử lý": assign, add progress, reply — through the service, in one transaction
            handler: serviceHandler((values, context) =>
              services.feedback.handle(adminUser(context), String(context.record?.id()), {
                unitId: values.unitId,
                kind: optionalEnumValue(AssignmentReason, values.assignmentKind, 'assignmentKind'),
                progressNote: values.progressNote,
                committedDate: values.committedDate?.slice(0, 10),
                reply: values.reply,
              }),
            ),
          },
        },
      },
    },
    {
      resource: FeedbackAssignment,
      options: {
        navigation: feedbackNav,
        listProperties: ['itemId', 'unitId', 'assignedAt', 'reason', 'dueAt'],
        filterProperties: ['itemId', 'unitId', 'reason'],
        properties: {
          id: { isVisible: false },
          itemId: uuid('FeedbackItem'),
          unitId: uuid('Unit'),
          assignedByUserId: uuid('User'),
        },
        actions: {},
      },
    },
  ];
}
