import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { queryRows } from '../common/queries.js';

/** The current round of an initiative as the caller may see it: one query for a page of initiatives. */
export interface ReviewState {
  round: number;
  eligibleUserIds: string[];
  recusedUserIds: string[];
  voted: number;
  votedByCaller: boolean;
  resultRecorded: boolean;
  votesFor: number;
  votesAgainst: number;
  abstentions: number;
  averageScore: number | null;
}

export function createInitiativeLoaders(em: EntityManager, callerUserId: string | null) {
  return {
    reviewOf: new DataLoader<string, ReviewState | null>(async (ids) => {
      const rows = await queryRows<ReviewState & { initiativeId: string }>(
        em,
        `SELECT i.id AS "initiativeId", r.round, r.eligible_user_ids AS "eligibleUserIds", r.recused_user_ids AS "recusedUserIds",
                i.result_recorded_at IS NOT NULL AS "resultRecorded",
                count(v.id)::int AS voted, coalesce(bool_or(v.user_id = $2), false) AS "votedByCaller",
                count(v.id) FILTER (WHERE v.vote = 'APPROVE')::int AS "votesFor",
                count(v.id) FILTER (WHERE v.vote = 'REJECT')::int AS "votesAgainst",
                count(v.id) FILTER (WHERE v.vote = 'ABSTAIN')::int AS abstentions,
                round(avg((v.novelty + v.feasibility + v.impact + v.scope) / 4.0), 2)::float AS "averageScore"
           FROM initiative i
           JOIN initiative_round r ON r.initiative_id = i.id AND r.round = i.round
           LEFT JOIN initiative_vote v ON v.initiative_id = i.id AND v.round = i.round
          WHERE i.id = ANY($1::uuid[])
          GROUP BY i.id, r.id`,
        [ids, callerUserId],
      );
      const byId = new Map(rows.map((row) => [row.initiativeId, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
