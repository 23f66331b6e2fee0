/** R15 counts for one group (the evaluations rated by one unit's head in a YEAR). */
export interface QuotaCounts {
  /** EXCELLENT among the approved, including those being approved now */
  excellentApproved: number;
  /** GOOD among the approved and the reviewed: so the order of approvals does not matter */
  goodApprovedOrReviewed: number;
}

export interface QuotaDecision {
  limit: number;
  exceeded: boolean;
}

/** R15: EXCELLENT ≤ floor(20% × GOOD), unless an exception is recorded for the group. */
export function quotaDecision(counts: QuotaCounts, hasException: boolean): QuotaDecision {
  const limit = Math.floor((counts.goodApprovedOrReviewed * 20) / 100);
  return { limit, exceeded: !hasException && counts.excellentApproved > limit };
}
