import { hasRole, type Caller } from '../auth/caller.js';
import { ALL, definePolicy, where } from '../auth/policy.js';
import { HOME_AFFAIRS_OFFICE } from '../auth/role.js';
import { Role } from '../auth/auth.enums.js';
import { DECIDABLE, UNDER_BOARD_REVIEW, type InitiativeStatus } from './initiative.enums.js';

/** Whether a record's status (a panel record's param, so of unknown type) is one of `statuses`. */
const statusIn = (status: unknown, statuses: readonly InitiativeStatus[]) =>
  typeof status === 'string' && (statuses as readonly string[]).includes(status);

/**
 * Initiatives are shared across the administration (a good idea is meant to spread): everyone signed in reads
 * them. The board records the result of a review (the service checks the chair); the city leader decides.
 */
export const initiativePolicy = definePolicy<{ status?: unknown }>({
  resource: 'Initiative',
  table: 'initiative',
  scope: () => ALL,
  can: (caller, action, initiative) => {
    switch (action) {
      case 'list':
      case 'show':
        return true;
      case 'recordResult':
        return hasRole(caller, Role.BOARD_MEMBER) && (!initiative || statusIn(initiative.status, UNDER_BOARD_REVIEW));
      case 'approve':
      case 'reject':
        return hasRole(caller, Role.CITY_LEADER) && (!initiative || statusIn(initiative.status, DECIDABLE));
      default:
        return false;
    }
  },
});

/**
 * R27: a round's votes and scores are sealed — a member sees them once they have voted in that round, everyone
 * once the round's result is recorded.
 */
export function unsealedVotes(caller: Caller) {
  return where(
    (
      alias,
      params,
    ) => `EXISTS (SELECT 1 FROM initiative_round ir WHERE ir.initiative_id = ${alias}.initiative_id AND ir.round = ${alias}.round
      AND (ir.outcome = ANY(CAST(${params.add(DECIDABLE)} AS initiative_status[]))
        OR EXISTS (SELECT 1 FROM initiative_vote mine WHERE mine.initiative_id = ir.initiative_id AND mine.round = ir.round
                    AND mine.user_id = ${params.add(caller.user.id)})))`,
  );
}

/** Votes are cast through the service ("Thẩm định"): recusal, the rubric's range, one vote per round. */
export const initiativeVotePolicy = definePolicy({
  resource: 'InitiativeVote',
  table: 'initiative_vote',
  scope: unsealedVotes,
  can: (caller, action) =>
    action === 'list' || action === 'show' || (action === 'new' && hasRole(caller, Role.BOARD_MEMBER)),
});

/** The board's composition is public within the administration; Home Affairs' office keeps it. */
export const boardMemberPolicy = definePolicy({
  resource: 'BoardMember',
  table: 'board_member',
  scope: () => ALL,
  can: (caller, action) =>
    action === 'list' ||
    action === 'show' ||
    (['new', 'edit', 'delete'].includes(action) && hasRole(caller, ...HOME_AFFAIRS_OFFICE)),
});
