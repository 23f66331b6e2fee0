import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { planCity } from '../../../src/database/seeds/city-plan.js';
import { writeCity } from '../../../src/database/seeds/seed-city.js';
import { readCityUnits2023 } from '../../../src/database/seeds/units-csv.js';
import { reorg2025File, reorg2025Plans } from '../../../src/hierarchy/plan-csv.js';
import { PlanStatus } from '../../../src/hierarchy/hierarchy.enums.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

/**
 * HCMC's three acts of 2025 replayed through the plan service on the 2023 city (heads, a deputy and staff in
 * every unit): the tree of each day, every ward's successor as the mappings say, people of split wards placed,
 * a 1022 item open across 1 July moved with its deadline, a running YEAR evaluation held in the new ward.
 */
describe('the 2025 reorganisations replayed', () => {
  let t: TestApp;
  const counts = async (day: string) =>
    (
      await t.db.query(
        `SELECT u.kind, count(*)::int AS n FROM unit u WHERE u.valid_from <= $1 AND (u.valid_to IS NULL OR u.valid_to > $1) GROUP BY u.kind`,
        [day],
      )
    ).reduce((all: Record<string, number>, row: { kind: string; n: number }) => ({ ...all, [row.kind]: row.n }), {});
  const underCity = async (day: string) =>
    (
      await t.db.query(
        `SELECT count(*)::int AS n FROM unit_link l JOIN unit c ON c.id = l.parent_id AND c.code = '79'
          WHERE l.valid_from <= $1 AND (l.valid_to IS NULL OR l.valid_to > $1)`,
        [day],
      )
    )[0].n;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.now = new Date('2026-12-01T09:00:00+07:00');
    const city = planCity(readCityUnits2023(), {
      divisionsPerDepartment: 0,
      divisionsPerDistrict: 0,
      staffPerUnit: 2,
      seed: 2023,
    });
    await t.db.transaction((em) => writeCity(em, city, 'x'));
  });
  afterAll(() => t.close());

  it('previews the January act exactly as it then applies it', async () => {
    const [january] = reorg2025Plans();
    const plan = await t.services.plans.create(january!.plan, january!.steps, null);
    const preview = await t.services.plans.preview(plan.id);
    expect(await counts('2025-03-01')).toMatchObject({ WARD: 312 });
    const applied = await t.services.plans.apply(plan.id);
    expect(applied.status).toBe(PlanStatus.APPLIED);
    expect(applied.report).toEqual(preview);
    expect(preview).toMatchObject({ unitsBefore: 1 + 21 + 22 + 312, unitsAfter: 1 + 21 + 22 + 273 });
  });

  it('the tree of each day: 312 wards in 2024, 273 after January, 16 agencies after February, 168 units under the city after July', async () => {
    const [, february, july] = reorg2025Plans();
    for (const act of [february!, july!])
      await t.services.plans.apply((await t.services.plans.create(act.plan, act.steps, null)).id);
    expect(await counts('2024-06-01')).toMatchObject({ CITY: 1, DEPARTMENT: 21, DISTRICT: 22, WARD: 312 });
    expect(await counts('2025-03-01')).toMatchObject({ CITY: 1, DEPARTMENT: 16, DISTRICT: 22, WARD: 273 });
    const today = await counts('2026-12-01');
    expect(today.DISTRICT ?? 0).toBe(0);
    expect((today.WARD ?? 0) + (today.SPECIAL_ZONE ?? 0)).toBe(168);
    expect(await underCity('2026-12-01')).toBe(168 + 16);
  });

  it('every 2023 ward’s successor as of 1 July 2025 is the one the composed mapping names', async () => {
    const rows: Array<Record<string, string>> = parse(reorg2025File('hcmc-ward-mapping-2023-to-2025-07.csv'), {
      columns: true,
      bom: true,
    });
    // the successors of each 2023 ward through the two acts, as the lineage records them
    const lineage: Array<{ old_code: string; new_code: string }> = await t.db.query(
      `WITH RECURSIVE chain(start, id) AS (
         SELECT u.id, u.id FROM unit u WHERE u.kind = 'WARD' AND u.valid_from <= '2024-06-01' AND (u.valid_to IS NULL OR u.valid_to > '2024-06-01')
         UNION
         SELECT c.start, l.successor_id FROM chain c JOIN unit_lineage l ON l.predecessor_id = c.id)
       SELECT o.code AS old_code, n.code AS new_code FROM chain c JOIN unit o ON o.id = c.start JOIN unit n ON n.id = c.id
        WHERE n.valid_from <= '2025-07-01' AND (n.valid_to IS NULL OR n.valid_to > '2025-07-01')`,
    );
    const found = new Set(lineage.map((row) => `${row.old_code}→${row.new_code}`));
    const missing = rows.filter((row) => !found.has(`${row.old_ward_code}→${row.new_unit_code}`));
    expect(missing).toEqual([]);
    const wholly = rows.filter((row) => row.note !== 'part');
    const successors = new Map<string, Set<string>>();
    for (const row of lineage)
      successors.set(row.old_code, new Set([...(successors.get(row.old_code) ?? []), row.new_code]));
    expect(wholly.filter((row) => successors.get(row.old_ward_code as string)?.size !== 1)).toEqual([]);
  });

  it('27439 is Phường Bình Hưng Hoà A until 30 June 2025 and Phường Bình Hưng Hòa from 1 July; the old head’s term ends the day before', async () => {
    const named = async (day: string) =>
      (
        await t.db.query(
          `SELECT name FROM unit WHERE code = '27439' AND valid_from <= $1 AND (valid_to IS NULL OR valid_to > $1)`,
          [day],
        )
      )[0]?.name;
    expect(await named('2025-06-30')).toBe('Phường Bình Hưng Hoà A');
    expect(await named('2025-07-01')).toBe('Phường Bình Hưng Hòa');
    const heads: Array<{ name: string; valid_to: string }> = await t.db.query(
      `SELECT u.name, a.valid_to FROM appointment a JOIN unit u ON u.id = a.unit_id AND u.code = '27439' WHERE a.position = 'HEAD'`,
    );
    expect(heads).toEqual([{ name: 'Phường Bình Hưng Hoà A', valid_to: '2025-07-01' }]);
    const [july] = await t.db.query(`SELECT report FROM reorganisation_plan WHERE effective_date = '2025-07-01'`);
    expect(july.report.headsEnded).toEqual(
      expect.arrayContaining([expect.objectContaining({ unitName: 'Phường Bình Hưng Hoà A' })]),
    );
    expect(july.report.peopleWithoutSuccessor.length).toBeGreaterThan(0);
    // nobody is left in a district: the level is gone
    const [district] = await t.db.query(
      `SELECT count(*)::int AS n FROM appointment a JOIN unit u ON u.id = a.unit_id AND u.kind = 'DISTRICT' WHERE a.valid_to IS NULL OR a.valid_to > '2025-07-01'`,
    );
    expect(district.n).toBe(0);
  });

  it('the people of a split ward are placed in its successors, none left without a unit', async () => {
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM person p
        WHERE EXISTS (SELECT 1 FROM appointment a JOIN unit u ON u.id = a.unit_id AND u.kind = 'WARD'
                       WHERE a.person_id = p.id AND a.position <> 'HEAD' AND a.valid_from <= '2025-06-30' AND (a.valid_to IS NULL OR a.valid_to > '2025-06-30'))
          AND NOT EXISTS (SELECT 1 FROM appointment a WHERE a.person_id = p.id AND a.valid_from <= '2025-07-01' AND (a.valid_to IS NULL OR a.valid_to > '2025-07-01'))`,
    );
    expect(n).toBe(0);
  });
});
