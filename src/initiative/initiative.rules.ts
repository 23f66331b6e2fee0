import type { SqlParams } from '../common/sql-params.js';
import { Workflow } from '../common/workflow.js';
import { DECIDABLE, InitiativeStatus, UNDER_BOARD_REVIEW, Vote } from './initiative.enums.js';

export type InitiativeAction =
  | 'EDIT'
  | 'SUBMIT'
  | 'REVIEW'
  | 'VOTE'
  | 'RECORD_RESULT'
  | 'RETURN'
  | 'APPROVE'
  | 'REJECT'
  | 'START'
  | 'REPORT'
  | 'EVALUATE';

/** §6's transitions (docs/decisions.md, "Initiatives"); EDIT and VOTE keep the status. */
export const INITIATIVE_STEPS = new Workflow<InitiativeStatus, InitiativeAction>('sáng kiến', {
  EDIT: { vi: 'sửa', from: [InitiativeStatus.DRAFT, InitiativeStatus.RETURNED], to: (from) => from },
  SUBMIT: {
    vi: 'gửi thẩm định',
    from: [InitiativeStatus.DRAFT, InitiativeStatus.RETURNED],
    to: [InitiativeStatus.SUBMITTED],
  },
  REVIEW: { vi: 'thẩm định', from: [InitiativeStatus.SUBMITTED], to: [InitiativeStatus.UNDER_REVIEW] },
  VOTE: { vi: 'biểu quyết', from: UNDER_BOARD_REVIEW, to: (from) => from },
  RECORD_RESULT: {
    vi: 'ghi nhận kết quả',
    from: UNDER_BOARD_REVIEW,
    to: DECIDABLE,
  },
  RETURN: { vi: 'trả lại', from: UNDER_BOARD_REVIEW, to: [InitiativeStatus.RETURNED] },
  APPROVE: { vi: 'quyết định', from: DECIDABLE, to: [InitiativeStatus.APPROVED] },
  REJECT: { vi: 'quyết định', from: DECIDABLE, to: [InitiativeStatus.REJECTED] },
  START: { vi: 'triển khai', from: [InitiativeStatus.APPROVED], to: [InitiativeStatus.IMPLEMENTING] },
  REPORT: {
    vi: 'báo cáo kết quả',
    from: [InitiativeStatus.APPROVED, InitiativeStatus.IMPLEMENTING],
    to: [InitiativeStatus.REPORTED],
  },
  EVALUATE: {
    vi: 'đánh giá kết quả',
    from: [InitiativeStatus.REPORTED],
    to: [InitiativeStatus.COMPLETED, InitiativeStatus.NOT_COMPLETED],
  },
});

export interface CastVote {
  userId: string;
  vote: Vote;
}

/**
 * R27: RECOMMENDED when APPROVE votes are more than half of the eligible members; exactly half is a tie that the
 * chair's own vote decides (a recused or abstaining chair cannot decide it: not recommended). Abstentions count
 * as not approving.
 */
export function reviewResult(
  eligible: number,
  votes: readonly CastVote[],
  chairUserId: string | null,
): { recommended: boolean; explanation: string } {
  const approvals = votes.filter((v) => v.vote === Vote.APPROVE).length;
  const tally = `${String(approvals)}/${String(eligible)} tán thành`;
  if (approvals * 2 > eligible) return { recommended: true, explanation: `${tally}: quá nửa số thành viên` };
  if (approvals * 2 < eligible) return { recommended: false, explanation: `${tally}: chưa quá nửa` };
  const chairVote = votes.find((v) => v.userId === chairUserId)?.vote;
  return chairVote === Vote.APPROVE
    ? {
        recommended: true,
        explanation: `${tally}: ngang nhau, theo phiếu của tổ trưởng (tán thành)`,
      }
    : {
        recommended: false,
        explanation: `${tally}: ngang nhau, tổ trưởng không tán thành hoặc không biểu quyết`,
      };
}

/** A member whose unit is the proposing unit or one of its ancestors is recused (R27). */
export function isRecused(
  memberUnitId: string,
  proposingUnitId: string,
  proposingAncestorIds: readonly string[],
): boolean {
  return memberUnitId === proposingUnitId || proposingAncestorIds.includes(memberUnitId);
}

export const RUBRIC = ['novelty', 'feasibility', 'impact', 'scope'] as const;

/** R28: a review is overdue when the board still has it after its due day (7 working days from submission). */
export function isReviewOverdue(
  initiative: { status: InitiativeStatus; reviewDueOn: string | null },
  today: string,
): boolean {
  return (
    UNDER_BOARD_REVIEW.includes(initiative.status) && initiative.reviewDueOn !== null && initiative.reviewDueOn < today
  );
}

/** `isReviewOverdue` as SQL over the initiative `alias`, for lists and counts: its values become `params`. */
export function reviewOverdueSql(alias: string, params: SqlParams, today: string): string {
  const reviewing = `${alias}.status = ANY(${params.add(UNDER_BOARD_REVIEW)}::initiative_status[])`;
  return `coalesce(${reviewing} AND ${alias}.review_due_on < ${params.add(today)}::date, FALSE)`;
}
