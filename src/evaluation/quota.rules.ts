/**
 * R15 counts for one group (the evaluations rated by one unit's head in a YEAR), both among the APPROVED and the
 * REVIEWED, as the rule is written: the group as rated decides, so the order of approvals never does.
 */
export interface QuotaCounts {
  excellent: number;
  good: number;
}

export interface QuotaDecision {
  limit: number;
  exceeded: boolean;
}

/** R15: EXCELLENT ≤ floor(20% × GOOD), unless an exception is recorded for the group. */
export function quotaDecision(counts: QuotaCounts, hasException: boolean): QuotaDecision {
  const limit = Math.floor((counts.good * 20) / 100);
  return { limit, exceeded: !hasException && counts.excellent > limit };
}
