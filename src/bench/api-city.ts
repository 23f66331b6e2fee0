import type { DataSource } from 'typeorm';
import { planCity, type CityPlan } from '../database/seeds/city-plan.js';
import { seedCity } from '../database/seeds/seed-city.js';
import { readCityUnits2023 } from '../database/seeds/units-csv.js';
import { queryOne, queryRows } from '../common/queries.js';
import { fillCityWorkload } from './city-data.js';

/** The logins' password in the benchmark's city. */
export const BENCH_PASSWORD = 'bench-password';
/** The clock of the workload: the YEAR 2026 opened, its 1022 items received over the year before it. */
export const BENCH_NOW = new Date('2026-12-01T09:00:00+07:00');

export interface BenchCity {
  periodId: string;
  items: number;
  units: number;
  people: number;
}

async function counts(db: DataSource): Promise<{ units: number; people: number; items: number }> {
  // one row always: three scalar sub-selects
  const rows = await queryRows<{ units: number; people: number; items: number }>(
    db.manager,
    `SELECT (SELECT count(*) FROM unit)::int AS units, (SELECT count(*) FROM person)::int AS people,
            (SELECT count(*) FROM feedback_item)::int AS items`,
  );
  const row = rows.at(0);
  if (row === undefined) throw new Error('the count query returned no row');
  return row;
}

/** The bench's city of 2023 (130,000 staff, seed 2023), written in one transaction, then analysed. */
export async function writeBenchCity(db: DataSource, password: string): Promise<CityPlan> {
  const plan = planCity(readCityUnits2023(), {
    divisionsPerDepartment: 5,
    divisionsPerDistrict: 10,
    totalStaff: 130_000,
    seed: 2023,
  });
  await seedCity(db, plan, password);
  await db.query('ANALYZE');
  return plan;
}

/**
 * The issue's city on a migrated database: the units of 2023 with their districts (681 units, the same plan as
 * `npm run bench`), 130,000 people with their appointments and the demo logins, then the dashboards' workload of
 * `npm run bench:workload` (the YEAR 2026 opened for everyone, its evaluations spread over states and levels,
 * `items` 1022 items through the portal import). A database that holds a city already is used as it is, if it
 * has that many items.
 */
export async function ensureBenchCity(
  db: DataSource,
  items: number,
  progress: (line: string) => void,
): Promise<BenchCity> {
  const before = await counts(db);
  if (before.units === 0) {
    let started = performance.now();
    const plan = await writeBenchCity(db, BENCH_PASSWORD);
    progress(`city: ${String(plan.units.length)} units, ${String(plan.people.length)} people in ${seconds(started)}`);
    started = performance.now();
    await fillCityWorkload(db, { items, now: BENCH_NOW });
    progress(`workload: the YEAR 2026 and ${items.toLocaleString('en')} 1022 items in ${seconds(started)}`);
  } else if (before.items !== items) {
    throw new Error(
      `the database holds a city with ${String(before.items)} 1022 items, not ${String(items)}: use a fresh database for --scale=${String(items)}`,
    );
  }
  const period = await queryOne<{ id: string }>(
    db.manager,
    `SELECT id FROM evaluation_period WHERE kind = 'YEAR' AND year = 2026`,
  );
  if (!period) throw new Error('the database has no YEAR 2026: it was not built by this benchmark');
  const after = await counts(db);
  return { periodId: period.id, ...after };
}

function seconds(started: number): string {
  return `${((performance.now() - started) / 1000).toFixed(1)} s`;
}
