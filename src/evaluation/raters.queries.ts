import type { EntityManager } from 'typeorm';
import { CITY_HEAD_WARNING, NO_RATER_WARNING } from '../people/people.rules.js';
import { queryRows } from '../common/queries.js';
import { UnitKind } from '../hierarchy/hierarchy.enums.js';
import { Position, POSITION_RANK } from '../people/people.enums.js';
import { PeriodStatus } from './evaluation.enums.js';

/** Which evaluations of open periods to bring up to date: some by id, or those of people in some units. */
export type RaterSelection = { evaluationIds: readonly string[] } | { unitIds: readonly string[] };

/**
 * R5, set-based: the rater of each selected evaluation of an open period, decided on its day — today, at most the
 * period's last day and the evaluatee's last day in office, at least the period's first day and their first day
 * in office in it — from the evaluatee's appointment that day, the
 * tree and the heads of that day (R4). The walk mirrors chooseRater() in people.rules.ts: a head is rated by the
 * parent's head, others by their own unit's head; a vacant post passes to the next ancestor's head, with a
 * warning; nobody rates themself; only the city's head is rated outside the system. The stored rater is a cache
 * of this answer, with the day it holds for.
 */
const REFRESH_SQL = `
WITH RECURSIVE
target AS (
  SELECT e.id, e.person_id,
         GREATEST(
           LEAST($3::date, p.ends_on, office.last_day),
           p.starts_on,
           office.first_day
         ) AS day
    FROM evaluation e JOIN evaluation_period p ON p.id = e.period_id
    CROSS JOIN LATERAL (
      SELECT min(a.valid_from) AS first_day, max(coalesce(a.valid_to - 1, p.ends_on)) AS last_day FROM appointment a
       WHERE a.person_id = e.person_id AND a.valid_from <= p.ends_on AND (a.valid_to IS NULL OR a.valid_to > p.starts_on)
    ) office
   WHERE p.status = $6
     AND (e.id = ANY($1::uuid[])
          OR EXISTS (SELECT 1 FROM appointment s WHERE s.person_id = e.person_id AND s.unit_id = ANY($2::uuid[])
                       AND s.valid_from <= p.ends_on AND (s.valid_to IS NULL OR s.valid_to > p.starts_on)))
),
placed AS (
  SELECT DISTINCT ON (t.id) t.id, t.person_id, t.day, a.unit_id, a.position
    FROM target t JOIN appointment a ON a.person_id = t.person_id AND a.valid_from <= t.day AND (a.valid_to IS NULL OR a.valid_to > t.day)
   ORDER BY t.id, a.acting, array_position($7::"position"[], a.position), a.valid_from DESC
),
chain(id, ancestor_id, depth, day) AS (
  SELECT id, unit_id, 0, day FROM placed
  UNION ALL
  SELECT c.id, l.parent_id, c.depth + 1, c.day
    FROM chain c JOIN unit_link l ON l.unit_id = c.ancestor_id AND l.valid_from <= c.day AND (l.valid_to IS NULL OR l.valid_to > c.day)
   WHERE c.depth < 64
),
raters AS (
  SELECT DISTINCT ON (pl.id) pl.id, h.person_id AS rater_person_id, c.ancestor_id AS rater_unit_id,
         c.depth > (CASE WHEN pl.position = $8 THEN 1 ELSE 0 END) AS skipped
    FROM placed pl
    JOIN chain c ON c.id = pl.id AND c.depth >= (CASE WHEN pl.position = $8 THEN 1 ELSE 0 END)
    JOIN LATERAL (
      SELECT a.person_id FROM appointment a
       WHERE a.unit_id = c.ancestor_id AND a.position = $8 AND a.valid_from <= c.day AND (a.valid_to IS NULL OR a.valid_to > c.day)
       ORDER BY a.acting LIMIT 1
    ) h ON h.person_id <> pl.person_id
   ORDER BY pl.id, c.depth
),
decided AS (
  SELECT t.id, t.day, r.rater_person_id, r.rater_unit_id,
         CASE
           WHEN r.id IS NULL AND pl.position = $8 AND u.kind = $9 THEN jsonb_build_array($4::text)
           WHEN r.id IS NULL THEN jsonb_build_array($5::text)
           WHEN r.skipped THEN jsonb_build_array('Đơn vị cấp trên trực tiếp chưa có người đứng đầu: người đứng đầu ' || ru.name || ' đánh giá thay.')
           ELSE '[]'::jsonb
         END AS warnings
    FROM target t
    LEFT JOIN placed pl ON pl.id = t.id
    LEFT JOIN unit u ON u.id = pl.unit_id
    LEFT JOIN raters r ON r.id = t.id
    LEFT JOIN unit ru ON ru.id = r.rater_unit_id
)
UPDATE evaluation e
   SET rater_person_id = d.rater_person_id, rater_unit_id = d.rater_unit_id, rater_as_of = d.day, warnings = d.warnings
  FROM decided d
 WHERE e.id = d.id`;

/** Brings the stored raters of the selected evaluations of open periods up to date, in the caller's transaction. */
export async function refreshRaters(em: EntityManager, selection: RaterSelection, today: string): Promise<void> {
  const evaluationIds = 'evaluationIds' in selection ? selection.evaluationIds : [];
  const unitIds = 'unitIds' in selection ? selection.unitIds : [];
  if (evaluationIds.length === 0 && unitIds.length === 0) return;
  await em.query(REFRESH_SQL, [
    evaluationIds,
    unitIds,
    today,
    CITY_HEAD_WARNING,
    NO_RATER_WARNING,
    PeriodStatus.OPEN,
    POSITION_RANK,
    Position.HEAD,
    UnitKind.CITY,
  ]);
}

/**
 * After appointments or the tree changed in some units: the raters of everyone in those units and below them
 * (their heads rate, or a vacancy passes up through them), on today's tree.
 */
export async function refreshRatersUnder(em: EntityManager, unitIds: readonly string[], today: string): Promise<void> {
  if (unitIds.length === 0) return;
  const rows = await queryRows<{ id: string }>(
    em,
    `WITH RECURSIVE below(id) AS (
       SELECT unnest($1::uuid[])
       UNION
       SELECT l.unit_id FROM unit_link l JOIN below b ON l.parent_id = b.id
        WHERE l.valid_from <= $2::date AND (l.valid_to IS NULL OR l.valid_to > $2::date)
     ) SELECT id FROM below`,
    [unitIds, today],
  );
  await refreshRaters(em, { unitIds: rows.map((row) => row.id) }, today);
}
