import { Vote } from './initiative.enums.js';

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
  if (approvals * 2 > eligible)
    return { recommended: true, explanation: `${approvals}/${eligible} tán thành: quá nửa số thành viên` };
  if (approvals * 2 < eligible)
    return { recommended: false, explanation: `${approvals}/${eligible} tán thành: chưa quá nửa` };
  const chairVote = votes.find((v) => v.userId === chairUserId)?.vote;
  return chairVote === Vote.APPROVE
    ? {
        recommended: true,
        explanation: `${approvals}/${eligible} tán thành: ngang nhau, theo phiếu của tổ trưởng (tán thành)`,
      }
    : {
        recommended: false,
        explanation: `${approvals}/${eligible} tán thành: ngang nhau, tổ trưởng không tán thành hoặc không biểu quyết`,
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
