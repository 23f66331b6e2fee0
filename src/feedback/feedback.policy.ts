import { hasRole, type Caller } from '../auth/caller.js';
import { definePolicy, inReach, where } from '../auth/policy.js';
import { HOME_AFFAIRS_OFFICE } from '../auth/role.js';
import { Role } from '../auth/auth.enums.js';

/** The fields of a 1022 item that are the citizen's personal data (R23). */
export const CONTACT_FIELDS = ['contactName', 'contactPhone', 'contactEmail'] as const;

/** R23: the citizen's contact for the assigned unit's own staff and Home Affairs, never anybody else. */
export function mayReadContact(caller: Caller, item: { unitId: string | null }): boolean {
  if (hasRole(caller, Role.HOME_AFFAIRS)) return true;
  return item.unitId !== null && caller.memberUnits.includes(item.unitId);
}

/** Handling an item (assign on, progress, reply): the portal's office, or the assigned unit's staff. */
export function mayHandleFeedback(caller: Caller, item: { unitId: string | null }): boolean {
  return hasRole(caller, ...HOME_AFFAIRS_OFFICE) || (item.unitId !== null && caller.memberUnits.includes(item.unitId));
}

/** Items of the units in reach (the whole city for Home Affairs, city leaders, system administrators). */
export const feedbackItemPolicy = definePolicy<{ unitId: string | null }>({
  resource: 'FeedbackItem',
  table: 'feedback_item',
  scope: (caller) => inReach(caller, 'unit_id'),
  hiddenFields: (caller, item) => (mayReadContact(caller, item) ? [] : CONTACT_FIELDS),
  can: (caller, action, item) => {
    if (action === 'list' || action === 'show') return true;
    if (action === 'edit')
      return item
        ? mayHandleFeedback(caller, item)
        : hasRole(caller, ...HOME_AFFAIRS_OFFICE) || caller.memberUnits.length > 0;
    return false;
  },
});

/** The assignments of the items the caller sees, and those made to the caller's units. */
export const feedbackAssignmentPolicy = definePolicy({
  resource: 'FeedbackAssignment',
  table: 'feedback_assignment',
  scope: (caller) => {
    const items = inReach(caller, 'unit_id');
    if (items.kind !== 'where') return items;
    return where(
      (alias, params) =>
        `EXISTS (SELECT 1 FROM feedback_item fi WHERE fi.id = ${alias}.item_id AND ${items.condition('fi', params)})`,
    );
  },
  can: (_caller, action) => action === 'list' || action === 'show',
});
