import type { Caller } from '../../src/auth/caller.js';
import { evaluationPeriodPolicy } from '../../src/evaluation/evaluation.policy.js';
import { seesAllResults } from '../../src/evaluation/evaluation.policy.js';
import { planPolicy } from '../../src/hierarchy/hierarchy.policy.js';
import { personPolicy } from '../../src/people/people.policy.js';

/** Who each custom page is for: the rating pages for people with a personnel record, period control for the office. */
export const PAGE_AUDIENCE = {
  myEvaluation: (caller) => Boolean(caller.user.personId),
  toRate: (caller) => Boolean(caller.user.personId),
  periodControl: (caller) => seesAllResults(caller) || evaluationPeriodPolicy.can(caller, 'close'),
  peopleImport: (caller) => personPolicy.can(caller, 'import'),
  /** units are reference data */
  unitTree: () => true,
  planImport: (caller) => planPolicy.can(caller, 'new'),
  /** everyone signed in has an inbox */
  notifications: () => true,
} as const satisfies Record<string, (caller: Caller) => boolean>;

/** The pages offered to a caller (kept in the session, so that the sidebar offers no page that would refuse). */
export function pagesFor(caller: Caller): string[] {
  return Object.entries(PAGE_AUDIENCE)
    .filter(([, isFor]) => isFor(caller))
    .map(([name]) => name);
}
