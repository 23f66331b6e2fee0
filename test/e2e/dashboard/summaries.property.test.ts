import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { AuthUser } from '../../../src/auth/auth-user.js';
import { Role } from '../../../src/auth/auth.enums.js';
import { AppError } from '../../../src/common/errors.js';
import { summarisedFeedbackStats } from '../../../src/dashboard/dashboard.queries.js';
import { PeriodKind } from '../../../src/evaluation/evaluation.enums.js';
import { AssignmentReason, FeedbackChannel } from '../../../src/feedback/feedback.enums.js';
import { feedbackRanking, feedbackStats } from '../../../src/feedback/feedback.queries.js';
import { subtreeIdsOn } from '../../../src/hierarchy/tree.queries.js';
import { InspectionKind, InspectionMethod } from '../../../src/inspection/inspection.enums.js';
import { Position } from '../../../src/people/people.enums.js';
import { appoint, districtWithThreeWards, makePerson, makeUser } from '../../factories/scenario.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

/**
 * The summaries are kept by triggers; this fills random data through the services (and plain SQL updates, as the
 * panel's CRUD or psql would) and compares every summary with a recount from the raw rows: for evaluations,
 * findings and initiatives a GROUP BY written here, for the 1022 items the raw R22 count (`feedbackStats`).
 */
const HOUR = 3_600_000;

type Step =
  | { kind: 'receive'; unit: number; at: number }
  | { kind: 'assign'; item: number; unit: number; misrouted: boolean }
  | { kind: 'reply' | 'reject' | 'reopen'; item: number }
  | { kind: 'close'; item: number; satisfied: boolean | null }
  | { kind: 'wait'; hours: number }
  | { kind: 'evaluation'; row: number; status: string; level: string | null }
  | { kind: 'finding'; unit: number }
  | { kind: 'verify'; finding: number; accepted: boolean }
  | { kind: 'initiative'; unit: number; status: string };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('receive' as const), unit: fc.nat(4), at: fc.integer({ min: -240, max: 0 }) }),
  fc.record({ kind: fc.constant('assign' as const), item: fc.nat(), unit: fc.nat(4), misrouted: fc.boolean() }),
  fc.record({ kind: fc.constantFrom('reply' as const, 'reject' as const, 'reopen' as const), item: fc.nat() }),
  fc.record({ kind: fc.constant('close' as const), item: fc.nat(), satisfied: fc.option(fc.boolean()) }),
  fc.record({ kind: fc.constant('wait' as const), hours: fc.integer({ min: 1, max: 24 * 12 }) }),
  fc.record({
    kind: fc.constant('evaluation' as const),
    row: fc.nat(),
    status: fc.constantFrom('SELF_ASSESSED', 'REVIEWED', 'APPROVED', 'NOTIFIED'),
    level: fc.option(fc.constantFrom('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED')),
  }),
  fc.record({ kind: fc.constant('finding' as const), unit: fc.nat(4) }),
  fc.record({ kind: fc.constant('verify' as const), finding: fc.nat(), accepted: fc.boolean() }),
  fc.record({
    kind: fc.constant('initiative' as const),
    unit: fc.nat(4),
    status: fc.constantFrom('DRAFT', 'SUBMITTED', 'APPROVED', 'COMPLETED'),
  }),
);

describe('dashboard summaries equal a recount from the raw rows', () => {
  let t: TestApp;
  let unitIds: string[];
  let actor: AuthUser;
  let inspector: AuthUser;
  let inspectionId: string;
  const items: string[] = [];
  let reference = 0;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-02-01T09:00:00+07:00') });
    const org = await districtWithThreeWards(t.db);
    unitIds = [org.city.id, org.district.id, ...org.wards.map((ward) => ward.id)];
    for (const unit of [org.district, ...org.wards]) {
      for (let i = 0; i < 3; i += 1) await appoint(t.db, await makePerson(t.db), unit, Position.STAFF);
    }
    const noivu = await makeUser(t.db, 'noivu-summary', [Role.HOME_AFFAIRS]);
    actor = { id: noivu.id, username: noivu.username, roles: noivu.roles, personId: null };
    const kiemtra = await makeUser(t.db, 'kiemtra-summary', [Role.INSPECTOR]);
    inspector = { id: kiemtra.id, username: kiemtra.username, roles: kiemtra.roles, personId: null };
    await t.services.periods.open({ kind: PeriodKind.QUARTER, year: 2026, quarter: 1 }, noivu.id);
    const inspection = await t.services.inspections.schedule({
      kind: InspectionKind.THEMATIC,
      method: InspectionMethod.CAMERA,
      unitId: org.district.id,
      startsOn: '2026-02-01',
      teamUserIds: [kiemtra.id],
      leadUserId: kiemtra.id,
    });
    inspectionId = inspection.id;
    await t.services.inspections.start(inspector, inspectionId);
  });
  afterAll(() => t.close());

  async function run(action: Step): Promise<void> {
    const item = (index: number) => items[index % items.length];
    switch (action.kind) {
      case 'receive': {
        reference += 1;
        const receivedAt = new Date(t.clock.now.getTime() + action.at * HOUR);
        const created = await t.services.feedback.receive(actor, {
          reference: `P-${reference}`,
          channel: FeedbackChannel.WEB,
          category: 'Hạ tầng đô thị',
          content: `Phản ánh ${reference}`,
          receivedAt,
          unitId: unitIds[action.unit],
        });
        items.push(created.id);
        return;
      }
      case 'assign':
        if (items.length)
          await t.services.feedback.assign(actor, item(action.item), {
            unitId: unitIds[action.unit],
            reason: action.misrouted ? AssignmentReason.MISROUTED : AssignmentReason.OTHER,
            note: null,
          });
        return;
      case 'reply':
        if (items.length) await t.services.feedback.reply(actor, item(action.item), 'Đã xử lý');
        return;
      case 'reject':
        if (items.length) await t.services.feedback.reject(actor, item(action.item), 'Không thuộc thẩm quyền');
        return;
      case 'reopen':
        if (items.length) await t.services.feedback.reopen(actor, item(action.item), 'Chưa hài lòng');
        return;
      case 'close':
        if (items.length) await t.services.feedback.close(actor, item(action.item), action.satisfied);
        return;
      case 'wait':
        t.clock.now = new Date(t.clock.now.getTime() + action.hours * HOUR);
        return;
      case 'evaluation':
        // as the panel's plain CRUD or psql would: the summary must follow whatever writes the row
        await t.db.query(
          `UPDATE evaluation SET status = $2::evaluation_status, level = $3::rating_level
            WHERE id = (SELECT id FROM evaluation ORDER BY id OFFSET $1 % (SELECT count(*) FROM evaluation) LIMIT 1)`,
          [action.row, action.status, action.level],
        );
        return;
      case 'finding':
        await t.db.query(
          `INSERT INTO finding (inspection_id, text, responsible_unit_id, due_date) VALUES ($1, 'Tồn tại', $2, '2026-06-30')`,
          [inspectionId, unitIds[action.unit]],
        );
        return;
      case 'verify': {
        const findings: Array<{ id: string }> = await t.db.query(`SELECT id FROM finding ORDER BY id`);
        if (!findings.length) return;
        const finding = findings[action.finding % findings.length].id;
        await t.services.inspections.reportRemediation(actor, finding, 'Đã khắc phục').catch(ignoreRefusal);
        await t.services.inspections.verifyRemediation(inspector, finding, action.accepted, null);
        return;
      }
      case 'initiative':
        await t.db.query(
          `INSERT INTO initiative (title, problem, content, scope, timeline, resources, feasibility, expected_impact, unit_id, status)
           VALUES ('Sáng kiến', 'x', 'x', 'x', 'x', 'x', 'x', 'x', $1, $2::initiative_status)`,
          [unitIds[action.unit], action.status],
        );
        await t.db.query(`UPDATE initiative SET status = 'SUBMITTED' WHERE status = 'DRAFT' AND unit_id = $1`, [
          unitIds[(action.unit + 1) % unitIds.length],
        ]);
        return;
    }
  }

  function ignoreRefusal(error: unknown): void {
    if (!(error instanceof AppError)) throw error;
  }

  async function recountsAgree(): Promise<void> {
    const counted = (sql: string) =>
      t.db.query(sql).then((rows: Array<Record<string, unknown>>) => rows.map((row) => JSON.stringify(row)).sort());
    expect(
      await counted(`SELECT period_id, unit_id, status, level, count FROM evaluation_summary WHERE count <> 0`),
    ).toEqual(
      await counted(
        `SELECT period_id, unit_id, status, coalesce(level::text, 'NONE') AS level, count(*)::int AS count FROM evaluation GROUP BY 1, 2, 3, 4`,
      ),
    );
    expect(await counted(`SELECT unit_id, status, count FROM finding_summary WHERE count <> 0`)).toEqual(
      await counted(`SELECT responsible_unit_id AS unit_id, status, count(*)::int AS count FROM finding GROUP BY 1, 2`),
    );
    expect(await counted(`SELECT unit_id, status, count FROM initiative_summary WHERE count <> 0`)).toEqual(
      await counted(`SELECT unit_id, status, count(*)::int AS count FROM initiative GROUP BY 1, 2`),
    );
    // the month summary is the day summary's counters by month, every one of them
    const byMonth = (table: string, month: string) =>
      counted(
        `SELECT unit_id, ${month} AS month, sum(due)::int AS due, sum(on_time)::int AS on_time, sum(items_due)::int AS items_due,
                sum(items_late_or_unsatisfied)::int AS late, sum(overdue_delta)::int AS overdue
           FROM ${table} GROUP BY 1, 2
         HAVING sum(due) <> 0 OR sum(on_time) <> 0 OR sum(items_due) <> 0 OR sum(items_late_or_unsatisfied) <> 0 OR sum(overdue_delta) <> 0`,
      );
    expect(await byMonth('feedback_month_summary', 'month')).toEqual(
      await byMonth('feedback_day_summary', `date_trunc('month', day)::date`),
    );
    const ranges = [
      ['2026-01-01', '2026-12-31'],
      ['2026-02-01', '2026-02-28'],
      ['2026-02-10', '2026-03-05'],
      ['2026-03-01', '2026-03-31'],
      ['2026-01-15', '2026-04-10'],
      ['2026-02-10', '2026-02-20'],
    ] as const;
    const subtree = await subtreeIdsOn(t.db.manager, unitIds[1], '2026-06-30');
    for (const units of [subtree, ...unitIds.map((id) => [id])]) {
      for (const [from, to] of ranges) {
        expect({ units, from, to, stats: await summarisedFeedbackStats(t.db.manager, units, from, to) }).toEqual({
          units,
          from,
          to,
          stats: await feedbackStats(t.db.manager, units, from, to),
        });
      }
    }
    // the ranking sums the same summaries by unit (whole months by month, the other days by day; with lineage all by
    // day): each ranked unit's cycles are its raw recount, and every unit with a cycle due is ranked
    const dueAndOnTime = (rows: Array<{ unitId: string; due: number; onTime: number }>) =>
      rows
        .filter((row) => row.due > 0)
        .map(({ unitId, due, onTime }) => ({ unitId, due, onTime }))
        .sort((a, b) => a.unitId.localeCompare(b.unitId));
    for (const [from, to] of ranges) {
      const recounted = await Promise.all(
        unitIds.map(async (unitId) => ({ unitId, ...(await feedbackStats(t.db.manager, [unitId], from, to)) })),
      );
      for (const lineage of [false, true]) {
        const ranked = await feedbackRanking(t.db.manager, null, from, to, false, 1000, lineage);
        expect({ from, to, lineage, ranked: dueAndOnTime(ranked) }).toEqual({
          from,
          to,
          lineage,
          ranked: dueAndOnTime(recounted),
        });
      }
    }
  }

  it('after any sequence of changes, through the services or not', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 25 }), async (steps) => {
        for (const action of steps) {
          // two reassignments of an item at the same instant have no order, in the raw count either: time moves on
          t.clock.now = new Date(t.clock.now.getTime() + 60_000);
          await run(action).catch(ignoreRefusal);
        }
        await recountsAgree();
      }),
      {
        numRuns: Number(process.env.SUMMARY_RUNS ?? 12),
        seed: process.env.SUMMARY_SEED ? Number(process.env.SUMMARY_SEED) : undefined,
      },
    );
    expect(items.length).toBeGreaterThan(5);
  });

  it('fails when a summary is off: the recount is a separate path', async () => {
    for (const [table, key] of [
      ['feedback_day_summary', 'day'],
      ['feedback_month_summary', 'month'],
    ] as const) {
      const [row] = await t.db.query(`SELECT unit_id, ${key} AS key FROM ${table} WHERE due > 0 LIMIT 1`);
      const change = (by: number) =>
        t.db.query(`UPDATE ${table} SET due = due + $3 WHERE unit_id = $1 AND ${key} = $2`, [row.unit_id, row.key, by]);
      await change(1);
      await expect(recountsAgree()).rejects.toThrow();
      await change(-1);
    }
    await recountsAgree();
  });
});
