import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cityDayOf } from '../../../src/common/dates.js';
import { PeriodKind } from '../../../src/evaluation/evaluation.enums.js';
import { UnitKind } from '../../../src/hierarchy/hierarchy.enums.js';
import type { Unit } from '../../../src/hierarchy/unit.entity.js';
import { Position } from '../../../src/people/people.enums.js';
import { rankedCity, type Org } from '../../factories/evaluation.js';
import { feedbackItem } from '../../factories/feedback.js';
import { appoint, makeHead, makePerson, makeUnit } from '../../factories/scenario.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

const EVALUATION_AGGREGATES = `query($u: ID!, $p: ID, $g: [EvaluationGroupBy!]!, $w: EvaluationAggregateWhere, $s: Boolean) {
  evaluationAggregates(unitId: $u, periodId: $p, groupBy: $g, where: $w, includeSubunits: $s) {
    key { unit { id name } unitKind subtree { id name } period { id name } level status }
    count scoredCount sum average min max } }`;
const FEEDBACK_AGGREGATES = `query($u: ID!, $g: [FeedbackGroupBy!]!) {
  feedbackAggregates(unitId: $u, from: "2026-08-01", to: "2026-09-30", groupBy: $g) {
    key { unit { id } unitKind subtree { id } month status } count repliedOnTime repliedLate overdue averageHandlingDays } }`;
const DASHBOARD = `query($u: ID!, $p: ID!) { dashboard(unitId: $u, periodId: $p) { evaluatedCount } }`;

interface Key {
  unit?: { id: string } | null;
  unitKind?: string | null;
  subtree?: { id: string } | null;
  period?: { id: string } | null;
  level?: string | null;
  status?: string | null;
  month?: string | null;
}
interface Row {
  key: Key;
  [figure: string]: unknown;
}

/** A row's key as text, with only the ids of its units and period, so that rows from both paths compare. */
function keyText(key: Key): string {
  return JSON.stringify({
    unit: key.unit?.id ?? null,
    unitKind: key.unitKind ?? null,
    subtree: key.subtree?.id ?? null,
    period: key.period?.id ?? null,
    level: key.level ?? null,
    status: key.status ?? null,
    month: key.month ?? null,
  });
}

/** Rows keyed by their key's text, figures only. */
function byKey(rows: Row[]): Map<string, Record<string, unknown>> {
  return new Map(rows.map(({ key, ...figures }) => [keyText(key), figures]));
}

/** Groups `items` by `keyOf` and sums each group with `figures`: the recount the aggregates must equal. */
function recount<T>(items: T[], keyOf: (item: T) => Key, figures: (group: T[]) => Record<string, unknown>) {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyText(keyOf(item)), [...(groups.get(keyText(keyOf(item))) ?? []), item]);
  return new Map([...groups].map(([key, group]) => [key, figures(group)]));
}

/** The figures of `evaluationAggregates` for a group, from the evaluations themselves. */
function scoreFigures(group: Array<{ score: number | null }>) {
  const scores = group.flatMap((evaluation) => (evaluation.score === null ? [] : [evaluation.score]));
  const sum = scores.reduce((total, score) => total + score, 0);
  return {
    count: group.length,
    scoredCount: scores.length,
    sum: scores.length > 0 ? sum : null,
    average: scores.length > 0 ? sum / scores.length : null,
    min: scores.length > 0 ? Math.min(...scores) : null,
    max: scores.length > 0 ? Math.max(...scores) : null,
  };
}

/** Floats from SQL and from JavaScript differ in the last bits: compare them rounded. */
function rounded(figures: Map<string, Record<string, unknown>>) {
  return new Map(
    [...figures].map(([key, values]) => [
      key,
      Object.fromEntries(
        Object.entries(values).map(([name, value]) => [
          name,
          typeof value === 'number' ? Math.round(value * 1e6) / 1e6 : value,
        ]),
      ),
    ]),
  );
}

interface ListedEvaluation {
  score: number | null;
  level: string | null;
  status: string;
  period: { id: string };
  unit: { id: string; kind: string };
}

describe('grouped aggregates of evaluations and 1022 items', () => {
  let t: TestApp;
  let org: Org;
  let division: Unit;
  let quarterId: string;
  let yearId: string;
  /** each unit of the district's subtree → the district's direct child whose subtree holds it (null: the district) */
  let branchOf: Map<string, string | null>;
  let evaluations: ListedEvaluation[];

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-10-02T09:00:00+07:00') });
    org = await rankedCity(t);
    division = await makeUnit(t.db, { name: 'Phòng Kinh tế', kind: UnitKind.DIVISION, parent: org.wards[0] });
    await makeHead(t.db, division, { from: '2024-01-01' });
    const staff: Array<[Unit, number]> = [
      [division, 3],
      [org.wards[1], 3],
      [org.wards[2], 1],
      [org.district, 2],
    ];
    for (const [unit, n] of staff)
      for (let i = 0; i < n; i += 1)
        await appoint(t.db, await makePerson(t.db), unit, Position.STAFF, { from: '2024-01-01' });
    quarterId = (await t.services.periods.open({ kind: PeriodKind.QUARTER, year: 2026, quarter: 3 }, null)).period.id;
    yearId = (await t.services.periods.open({ kind: PeriodKind.YEAR, year: 2026 }, null)).period.id;
    // state: statuses, scores and levels spread over the evaluations; two in five not rated yet
    await t.db.query(
      `WITH numbered AS (SELECT id, row_number() OVER (ORDER BY period_id, person_id)::int AS n FROM evaluation)
       UPDATE evaluation e
          SET status = (ARRAY['DRAFT', 'SELF_ASSESSED', 'REVIEWED', 'APPROVED', 'NOTIFIED'])[1 + n % 5]::evaluation_status,
              score = CASE WHEN n % 5 < 2 THEN NULL ELSE 55 + (n * 7) % 45 + 0.25 * (n % 4) END,
              level = CASE WHEN n % 5 < 2 THEN NULL
                           ELSE (ARRAY['EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED'])[1 + n % 4]::rating_level END
         FROM numbered WHERE numbered.id = e.id`,
    );
    branchOf = new Map<string, string | null>([
      [org.district.id, null],
      ...org.wards.map((ward) => [ward.id, ward.id] as [string, string]),
      [division.id, org.wards[0].id],
    ]);
    const listed = await t.gql(
      `{ evaluations(first: 500) { totalCount nodes { score level status period { id } unit { id kind } } } }`,
      {},
      org.tokens.noivu,
    );
    expect(listed.errors).toBeUndefined();
    evaluations = listed.data?.evaluations.nodes;
    expect(evaluations).toHaveLength(listed.data?.evaluations.totalCount);
  });
  afterAll(() => t.close());

  async function evaluationAggregates(variables: Record<string, unknown>, token = org.tokens.noivu): Promise<Row[]> {
    const result = await t.gql(EVALUATION_AGGREGATES, variables, token);
    expect(result.errors).toBeUndefined();
    return result.data?.evaluationAggregates;
  }

  const inDistrict = (evaluation: ListedEvaluation) => branchOf.has(evaluation.unit.id);

  it('by SUBTREE and LEVEL: each ward counts its divisions, the district its own people apart', async () => {
    const rows = await evaluationAggregates({ u: org.district.id, p: quarterId, g: ['SUBTREE', 'LEVEL'] });
    const expected = recount(
      evaluations.filter((evaluation) => inDistrict(evaluation) && evaluation.period.id === quarterId),
      (evaluation) => {
        const branch = branchOf.get(evaluation.unit.id);
        return { subtree: branch ? { id: branch } : null, level: evaluation.level };
      },
      scoreFigures,
    );
    expect(rounded(byKey(rows))).toEqual(rounded(expected));
    const wardWithDivision = rows.filter((row) => row.key.subtree?.id === org.wards[0].id);
    // the ward's head and its staff member, the division's head and its 3 staff
    expect(wardWithDivision.reduce((total, row) => total + (row.count as number), 0)).toBe(6);
    expect(rows.some((row) => row.key.subtree === null)).toBe(true);
  });

  it('by UNIT_KIND and STATUS over every period, and by PERIOD and UNIT, from the city down', async () => {
    const byKindAndStatus = await evaluationAggregates({ u: org.city.id, g: ['UNIT_KIND', 'STATUS'] });
    expect(rounded(byKey(byKindAndStatus))).toEqual(
      rounded(
        recount(
          evaluations,
          (evaluation) => ({ unitKind: evaluation.unit.kind, status: evaluation.status }),
          scoreFigures,
        ),
      ),
    );
    const byPeriodAndUnit = await evaluationAggregates({ u: org.city.id, g: ['PERIOD', 'UNIT'] });
    expect(rounded(byKey(byPeriodAndUnit))).toEqual(
      rounded(
        recount(evaluations, (evaluation) => ({ period: evaluation.period, unit: evaluation.unit }), scoreFigures),
      ),
    );
    expect(byPeriodAndUnit.map((row) => row.key.period)).toContainEqual({ id: yearId, name: 'Năm 2026' });
  });

  it('with no grouping one row for all, without sub-units the unit alone, and a where narrows what is counted', async () => {
    const [all] = await evaluationAggregates({ u: org.city.id, p: yearId, g: [] });
    expect(rounded(new Map([['all', all ?? {}]]))).toEqual(
      rounded(
        new Map([
          [
            'all',
            {
              key: { unit: null, unitKind: null, subtree: null, period: null, level: null, status: null },
              ...scoreFigures(evaluations.filter((evaluation) => evaluation.period.id === yearId)),
            },
          ],
        ]),
      ),
    );
    const own = await evaluationAggregates({ u: division.id, p: yearId, g: ['UNIT'], s: false });
    expect(own.map((row) => [row.key.unit?.id, row.count])).toEqual([[division.id, 4]]);
    const where = { or: [{ score: { gte: 70 } }, { level: { in: ['GOOD'] } }], not: { status: { equals: 'DRAFT' } } };
    const narrowed = await evaluationAggregates({ u: org.city.id, p: quarterId, g: ['LEVEL'], w: where });
    expect(rounded(byKey(narrowed))).toEqual(
      rounded(
        recount(
          evaluations.filter(
            (evaluation) =>
              evaluation.period.id === quarterId &&
              ((evaluation.score ?? 0) >= 70 || evaluation.level === 'GOOD') &&
              evaluation.status !== 'DRAFT',
          ),
          (evaluation) => ({ level: evaluation.level }),
          scoreFigures,
        ),
      ),
    );
  });

  it('gives a viewer no group of fewer than 3 and no score over fewer than 3 (R32), as the dashboard withholds', async () => {
    const variables = { u: org.district.id, p: quarterId, g: ['UNIT'] };
    const forHomeAffairs = await evaluationAggregates(variables);
    const forViewer = await evaluationAggregates(variables, org.tokens.xem);
    const expected = forHomeAffairs
      .filter((row) => (row.count as number) >= 3)
      .map((row) =>
        (row.scoredCount as number) >= 3 ? row : { ...row, sum: null, average: null, min: null, max: null },
      );
    expect(forViewer).toEqual(expected);
    // An Lạc has its head and one staff member: Home Affairs sees the pair, a viewer does not
    expect(forHomeAffairs.find((row) => row.key.unit?.id === org.wards[2].id)?.count).toBe(2);
    expect(forViewer.find((row) => row.key.unit?.id === org.wards[2].id)).toBeUndefined();
    expect(forViewer.find((row) => row.key.unit?.id === division.id)?.count).toBe(4);
  });

  it('refuses as the dashboard does: no token, a missing unit or period, a malformed id', async () => {
    const codes = async (query: string, variables: Record<string, unknown>, token?: string) =>
      (await t.gql(query, variables, token)).errors?.map((error) => error.extensions?.code);
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const [u, p, token] of [
      [org.district.id, quarterId, undefined],
      [missing, quarterId, org.tokens.xem],
      [org.district.id, missing, org.tokens.xem],
      ['not-an-id', quarterId, org.tokens.xem],
    ] as const) {
      const dashboard = await codes(DASHBOARD, { u, p }, token);
      expect(dashboard).toHaveLength(1);
      expect(await codes(EVALUATION_AGGREGATES, { u, p, g: ['UNIT'] }, token)).toEqual(dashboard);
    }
    expect(await codes(FEEDBACK_AGGREGATES, { u: org.district.id, g: [] })).toEqual(['UNAUTHENTICATED']);
    expect(await codes(FEEDBACK_AGGREGATES, { u: missing, g: [] }, org.tokens.xem)).toEqual(['NOT_FOUND']);
  });

  describe('1022 items', () => {
    interface ListedItem {
      status: string;
      receivedAt: string;
      dueAt: string;
      repliedAt: string | null;
      overdue: boolean;
      unit: { id: string; kind: string };
    }
    let items: ListedItem[];

    beforeAll(async () => {
      const at = (day: string, time = '09:00') => `${day}T${time}:00+07:00`;
      const kinds = [
        // replied on time, replied late, open past due, open not yet due, rejected
        {
          receivedAt: at('2026-08-03'),
          dueAt: at('2026-08-10', '23:59'),
          status: 'REPLIED',
          repliedAt: at('2026-08-07'),
        },
        {
          receivedAt: at('2026-08-20'),
          dueAt: at('2026-08-27', '23:59'),
          status: 'CLOSED',
          repliedAt: at('2026-09-01'),
        },
        { receivedAt: at('2026-09-05'), dueAt: at('2026-09-12', '23:59'), status: 'IN_PROGRESS', repliedAt: null },
        { receivedAt: at('2026-09-28'), dueAt: at('2026-10-05', '23:59'), status: 'RECEIVED', repliedAt: null },
        { receivedAt: at('2026-09-10'), dueAt: at('2026-09-17', '23:59'), status: 'REJECTED', repliedAt: null },
        // the city's calendar decides the month and the range: 1 September early morning is still 31 August in UTC
        {
          receivedAt: at('2026-09-01', '05:00'),
          dueAt: at('2026-09-08', '23:59'),
          status: 'REPLIED',
          repliedAt: at('2026-09-02'),
        },
        {
          receivedAt: at('2026-09-30', '23:00'),
          dueAt: at('2026-10-07', '23:59'),
          status: 'ASSIGNED',
          repliedAt: null,
        },
        {
          receivedAt: at('2026-07-31', '23:00'),
          dueAt: at('2026-08-07', '23:59'),
          status: 'REPLIED',
          repliedAt: at('2026-08-01'),
        },
      ];
      const units: Array<[Unit, number]> = [
        [org.district, 1],
        [org.wards[0], 2],
        [division, 3],
        [org.wards[1], 1],
      ];
      for (const [unit, times] of units)
        for (let i = 0; i < times; i += 1)
          for (const [index, item] of kinds.entries()) if ((index + i) % 3 !== 2) await feedbackItem(t, unit.id, item);
      await feedbackItem(t, org.city.id, kinds[0]);
      const listed = await t.gql(
        `{ feedbackItems(first: 500, filter: { receivedFrom: "2026-08-01", receivedTo: "2026-09-30" }) {
            totalCount nodes { status receivedAt dueAt repliedAt overdue unit { id kind } } } }`,
        {},
        org.tokens.noivu,
      );
      expect(listed.errors).toBeUndefined();
      items = listed.data?.feedbackItems.nodes;
      expect(items).toHaveLength(listed.data?.feedbackItems.totalCount);
    });

    const DAY_MS = 86_400_000;
    function feedbackFigures(group: ListedItem[]) {
      const replied = group.filter((item) => item.repliedAt !== null);
      const days = replied.map((item) => (Date.parse(item.repliedAt ?? '') - Date.parse(item.receivedAt)) / DAY_MS);
      return {
        count: group.length,
        repliedOnTime: replied.filter((item) => Date.parse(item.repliedAt ?? '') <= Date.parse(item.dueAt)).length,
        repliedLate: replied.filter((item) => Date.parse(item.repliedAt ?? '') > Date.parse(item.dueAt)).length,
        overdue: group.filter((item) => item.overdue).length,
        averageHandlingDays: days.length > 0 ? days.reduce((total, d) => total + d, 0) / days.length : null,
      };
    }

    async function feedbackAggregates(variables: Record<string, unknown>): Promise<Row[]> {
      const result = await t.gql(FEEDBACK_AGGREGATES, variables, org.tokens.xem);
      expect(result.errors).toBeUndefined();
      return result.data?.feedbackAggregates;
    }

    const inDistrict = (item: ListedItem) => branchOf.has(item.unit.id);

    it('by SUBTREE and MONTH (of receipt, the city’s calendar) equal a recount of the list', async () => {
      const rows = await feedbackAggregates({ u: org.district.id, g: ['SUBTREE', 'MONTH'] });
      const expected = recount(
        items.filter(inDistrict),
        (item) => {
          const branch = branchOf.get(item.unit.id);
          return { subtree: branch ? { id: branch } : null, month: cityDayOf(new Date(item.receivedAt)).slice(0, 7) };
        },
        feedbackFigures,
      );
      expect(rounded(byKey(rows))).toEqual(rounded(expected));
      expect(rows.map((row) => row.key.month)).toContain('2026-09');
    });

    it('by UNIT, UNIT_KIND and STATUS from the city, and in total', async () => {
      const rows = await feedbackAggregates({ u: org.city.id, g: ['UNIT', 'UNIT_KIND', 'STATUS'] });
      const expected = recount(
        items,
        (item) => ({ unit: item.unit, unitKind: item.unit.kind, status: item.status }),
        feedbackFigures,
      );
      expect(rounded(byKey(rows))).toEqual(rounded(expected));
      const [total] = await feedbackAggregates({ u: org.city.id, g: [] });
      expect(total).toMatchObject({ ...feedbackFigures(items), averageHandlingDays: expect.any(Number) });
      expect(total?.overdue).toBeGreaterThan(0);
      expect(total?.repliedLate).toBeGreaterThan(0);
    });
  });

  it('answers in the same number of SQL statements for 2 groups as for many', async () => {
    const statements = async (query: string, variables: Record<string, unknown>) => {
      const before = t.queries.count;
      const result = await t.gql(query, variables, org.tokens.noivu);
      expect(result.errors).toBeUndefined();
      return { statements: t.queries.count - before, rows: Object.values(result.data ?? {})[0] as Row[] };
    };
    const few = await statements(EVALUATION_AGGREGATES, { u: org.wards[2].id, p: quarterId, g: ['UNIT'] });
    const many = await statements(EVALUATION_AGGREGATES, {
      u: org.city.id,
      g: ['PERIOD', 'UNIT', 'SUBTREE', 'LEVEL', 'STATUS'],
    });
    expect(few.rows.length).toBe(1);
    expect(many.rows.length).toBeGreaterThan(10);
    expect(many.statements).toBe(few.statements);
    const fewItems = await statements(FEEDBACK_AGGREGATES, { u: org.wards[1].id, g: [] });
    const manyItems = await statements(FEEDBACK_AGGREGATES, { u: org.city.id, g: ['UNIT', 'MONTH', 'STATUS'] });
    expect(fewItems.rows.length).toBe(1);
    expect(manyItems.rows.length).toBeGreaterThan(10);
    expect(manyItems.statements).toBe(fewItems.statements);
    // the caller's token and units, then the check of what was asked for and the aggregate
    const signedIn = await statements(`{ me { id } }`, {});
    expect(many.statements).toBeLessThanOrEqual(signedIn.statements + 2);
  });
});
