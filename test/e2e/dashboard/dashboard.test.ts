import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../../src/auth/auth.enums.js';
import { PeriodKind } from '../../../src/evaluation/evaluation.enums.js';
import { SatisfactionResult } from '../../../src/satisfaction/satisfaction-result.entity.js';
import type { SatisfactionSource } from '../../../src/satisfaction/satisfaction.enums.js';
import { UnitKind } from '../../../src/hierarchy/hierarchy.enums.js';
import { makeUnit, makeUser } from '../../factories/scenario.js';
import { evaluationOf, OPEN, rankedCity, rateThrough, type Org } from '../../factories/evaluation.js';
import { feedbackRecord } from '../../factories/feedback.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

const DASHBOARD = `query($u: ID!, $p: ID!) { dashboard(unitId: $u, periodId: $p) {
  unit { name } period { name } levelCounts { level count } evaluatedCount pendingCount onTimeRate overdueFeedback openFindings initiativesByStatus { status count } } }`;
const qd20 = (score: number) => ({ generalScore: 30, taskScore: score - 30 });

describe('dashboards and rankings: aggregates only (R32)', () => {
  let t: TestApp;
  let org: Org;
  let periodId: string;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-10-02T09:00:00+07:00') });
    org = await rankedCity(t);
    periodId = (await t.gql(OPEN, { input: { kind: 'QUARTER', year: 2026, quarter: 3 } }, org.tokens.noivu)).data
      ?.openEvaluationPeriod.id;
    await rateThrough(t, periodId, org.people.canbo, { self: org.tokens.canbo, rater: org.tokens.bhha }, qd20(92));
    for (const [person, token] of [
      [org.people.bhha, org.tokens.bhha],
      [org.people.ward2, org.tokens.ward2],
      [org.people.ward3, org.tokens.ward3],
    ] as const) {
      await rateThrough(t, periodId, person, { self: token, rater: org.tokens.binhtan }, qd20(80));
    }
    await feedbackRecord(t, org.wards[0].id, { onTime: 9, overdue: 1 });
  });
  afterAll(() => t.close());

  it('gives a viewer the district’s counts, and withholds a ward’s, where fewer than 3 people are rated', async () => {
    const district = (await t.gql(DASHBOARD, { u: org.district.id, p: periodId }, org.tokens.xem)).data?.dashboard;
    expect(district).toMatchObject({
      unit: { name: 'Quận Bình Tân' },
      period: { name: 'Quý 3/2026' },
      evaluatedCount: 4,
      overdueFeedback: 1,
      onTimeRate: 90,
      openFindings: 0,
    });
    expect(district.levelCounts.find((row: { level: string }) => row.level === 'GOOD').count).toBe(3);
    expect(district.levelCounts.find((row: { level: string }) => row.level === 'EXCELLENT').count).toBe(1);
    const ward = (await t.gql(DASHBOARD, { u: org.wards[0].id, p: periodId }, org.tokens.xem)).data?.dashboard;
    expect(ward.evaluatedCount).toBe(2);
    expect(ward.levelCounts.every((row: { count: number | null }) => row.count === null)).toBe(true);
    const forHomeAffairs = (await t.gql(DASHBOARD, { u: org.wards[0].id, p: periodId }, org.tokens.noivu)).data
      ?.dashboard;
    expect(forHomeAffairs.levelCounts.find((row: { level: string }) => row.level === 'GOOD').count).toBe(1);
  });

  it.each([
    ['an unknown period', 'period', '00000000-0000-4000-8000-000000000000', 'Evaluation period not found.'],
    ['a malformed period', 'period', 'not-an-id', 'Evaluation period not found.'],
    ['an unknown unit', 'unit', '00000000-0000-4000-8000-000000000000', 'Unit not found.'],
    ['a malformed unit', 'unit', 'not-an-id', 'Unit not found.'],
  ])('answers NOT_FOUND naming what is missing for %s', async (_case, which, id, messageEn) => {
    const variables = which === 'period' ? { u: org.district.id, p: id } : { u: id, p: periodId };
    const result = await t.gql(DASHBOARD, variables, org.tokens.xem);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', messageEn });
    const both = await t.gql(DASHBOARD, { u: id, p: id }, org.tokens.xem);
    expect(both.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', messageEn: 'Evaluation period not found.' });
  });

  it('ranks units by the 1022 on-time rate, and by the share of EXCELLENT only over groups of 3 or more for a viewer', async () => {
    const RANK = `query($p: ID!, $by: RankingMetric!) { unitRanking(periodId: $p, by: $by, kind: WARD) { rank unit { name } value count } }`;
    const onTime = (await t.gql(RANK, { p: periodId, by: 'FEEDBACK_ON_TIME' }, org.tokens.xem)).data?.unitRanking;
    expect(onTime).toEqual([{ rank: 1, unit: { name: 'Phường Bình Hưng Hoà A' }, value: 90, count: 10 }]);
    const share = (await t.gql(RANK, { p: periodId, by: 'EXCELLENT_SHARE' }, org.tokens.xem)).data?.unitRanking;
    expect(share).toEqual([]);
    const shareForHomeAffairs = (await t.gql(RANK, { p: periodId, by: 'EXCELLENT_SHARE' }, org.tokens.noivu)).data
      ?.unitRanking;
    expect(shareForHomeAffairs[0]).toMatchObject({ unit: { name: 'Phường Bình Hưng Hoà A' }, value: 50, count: 2 });
  });

  it('levelCounts counts what the dashboard counts: a rating returned to its evaluatee no longer stands', async () => {
    const { id } = await evaluationOf(t, periodId, org.people.ward3.id);
    const returned = await t.gql(
      `mutation($id: ID!, $reason: String!) { returnEvaluation(id: $id, reason: $reason) { status level } }`,
      { id, reason: 'Bổ sung minh chứng' },
      org.tokens.binhtan,
    );
    expect(returned.data?.returnEvaluation).toEqual({ status: 'SELF_ASSESSED', level: 'GOOD' });
    const counts = (
      await t.gql(
        `query($u: ID!, $p: ID!) { levelCounts(unitId: $u, periodId: $p, includeSubunits: true) { level count } }`,
        { u: org.district.id, p: periodId },
        org.tokens.noivu,
      )
    ).data?.levelCounts;
    const dashboard = (await t.gql(DASHBOARD, { u: org.district.id, p: periodId }, org.tokens.noivu)).data?.dashboard;
    expect(counts).toEqual(dashboard.levelCounts);
    expect(counts).toEqual([
      { level: 'EXCELLENT', count: 1 },
      { level: 'GOOD', count: 2 },
      { level: 'COMPLETED', count: 0 },
      { level: 'NOT_COMPLETED', count: 0 },
      { level: 'NOT_RATED', count: 0 },
    ]);
  });

  it('counts the subtree of the period’s last day (R1): a ward moved during the period counts under its new parent, one moved after it under its old', async () => {
    const district = await makeUnit(t.db, { name: 'Quận Dời', kind: UnitKind.DISTRICT, parent: org.city });
    const other = await makeUnit(t.db, { name: 'Quận Khác', kind: UnitKind.DISTRICT, parent: org.city });
    const movedDuring = await makeUnit(t.db, { name: 'Phường Dời Giữa Kỳ', parent: district });
    const movedAfter = await makeUnit(t.db, { name: 'Phường Dời Sau Kỳ', parent: other });
    const move = async (unitId: string, to: string, on: string) => {
      await t.db.query(`UPDATE unit_link SET valid_to = $2 WHERE unit_id = $1 AND valid_to IS NULL`, [unitId, on]);
      await t.db.query(`INSERT INTO unit_link (unit_id, parent_id, valid_from) VALUES ($1, $2, $3)`, [unitId, to, on]);
    };
    await move(movedDuring.id, other.id, '2026-08-15');
    await move(movedAfter.id, district.id, '2026-10-15');
    await feedbackRecord(t, movedDuring.id, { onTime: 3, overdue: 0 });
    await feedbackRecord(t, movedAfter.id, { onTime: 0, overdue: 2 });
    const dashboardOf = async (unitId: string) =>
      (await t.gql(DASHBOARD, { u: unitId, p: periodId }, org.tokens.xem)).data?.dashboard as {
        onTimeRate: number | null;
        overdueFeedback: number;
      };
    // on 30 September both wards are under Quận Khác; the first day (1 July) or today would split them
    expect(await dashboardOf(other.id)).toMatchObject({ onTimeRate: 60, overdueFeedback: 2 });
    expect(await dashboardOf(district.id)).toMatchObject({ onTimeRate: null, overdueFeedback: 0 });
  });
});

describe('rankings rank what they show, from the sources the head inputs use', () => {
  let t: TestApp;
  let periodId: string;
  let token: string;
  const RANK = `query($p: ID!, $by: RankingMetric!) { unitRanking(periodId: $p, by: $by, kind: WARD) { rank unit { name } value count } }`;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-10-02T09:00:00+07:00') });
    await makeUser(t.db, 'noivu', [Role.HOME_AFFAIRS]);
    token = await t.login('noivu');
    periodId = (await t.services.periods.open({ kind: PeriodKind.QUARTER, year: 2026, quarter: 3 }, null)).period.id;
  });
  afterAll(() => t.close());

  it('satisfaction: each ward’s result is from the first source of evaluation.satisfactionSourceOrder', async () => {
    const sources = { 'Phường Một': { CITY_INDEX: 95, SIPAS: 70 }, 'Phường Hai': { CITY_INDEX: 80, SIPAS: 85 } };
    for (const [name, results] of Object.entries(sources)) {
      const unit = await makeUnit(t.db, { name });
      for (const [source, percent] of Object.entries(results))
        await t.db.manager.save(
          SatisfactionResult.create({
            unitId: unit.id,
            periodId,
            source: source as SatisfactionSource,
            sampleSize: 100,
            percent,
            components: null,
          }),
        );
    }
    await t.db.query(
      `INSERT INTO setting (key, value, description) VALUES ('evaluation.satisfactionSourceOrder', $1, '')
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
      [JSON.stringify(['SIPAS', 'CITY_INDEX', 'KIOSK'])],
    );
    const ranking = (await t.gql(RANK, { p: periodId, by: 'SATISFACTION' }, token)).data?.unitRanking;
    expect(ranking).toEqual([
      { rank: 1, unit: { name: 'Phường Hai' }, value: 85, count: 100 },
      { rank: 2, unit: { name: 'Phường Một' }, value: 70, count: 100 },
    ]);
  });

  it('EXCELLENT share: 41 of 91 and 50 of 111 both show 45.05%, so they share the rank', async () => {
    for (const [name, excellent, rated] of [
      ['Phường Ba', 41, 91],
      ['Phường Bốn', 50, 111],
    ] as const) {
      const unit = await makeUnit(t.db, { name });
      await t.db.query(
        `WITH people AS (
           INSERT INTO person (full_name, staff_type)
           SELECT $2 || ' ' || n, 'CONG_CHUC' FROM generate_series(1, $4::int) n RETURNING id
         )
         INSERT INTO evaluation (period_id, person_id, unit_id, position, staff_type, rule_set, status, level, version)
         SELECT $1, id, $5, 'STAFF', 'CONG_CHUC', 'HCM_QD20', 'REVIEWED',
                CASE WHEN row_number() OVER (ORDER BY id) <= $3 THEN 'EXCELLENT' ELSE 'GOOD' END::rating_level, 1
           FROM people`,
        [periodId, name, excellent, rated, unit.id],
      );
    }
    const ranking = (await t.gql(RANK, { p: periodId, by: 'EXCELLENT_SHARE' }, token)).data?.unitRanking;
    expect(ranking).toEqual([
      { rank: 1, unit: { name: 'Phường Bốn' }, value: 45.05, count: 111 },
      { rank: 1, unit: { name: 'Phường Ba' }, value: 45.05, count: 91 },
    ]);
  });
});
