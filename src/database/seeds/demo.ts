import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { logger } from '../../common/logger.js';
import { createServices } from '../../services.js';
import { mergedProvinceUnits2025 } from '../../hierarchy/plan-csv.js';
import { DEMO_UNITS, planCity } from './city-plan.js';
import { seedDemoEvaluations } from './demo-evaluations.js';
import { seedDemoFeedback } from './demo-feedback.js';
import { seedDemoInitiatives } from './demo-initiatives.js';
import { cityDayOf } from '../../common/dates.js';
import { seedCity } from './seed-city.js';
import { replayReorganisations2025 } from './today.js';
import { readCityUnits2023 } from './units-csv.js';
import { missing } from './present.js';

/**
 * On the first start of an empty database (never with NODE_ENV=production): the city of today with its history —
 * the 2023 city and the two provinces that merge into it, a head and a few staff per unit, the demo logins (all
 * with DEMO_PASSWORD or a random password printed once), then HCMC's three acts of 2025 applied through the plan
 * service — and the current periods, 1022 items, inspections and initiatives.
 */
export async function seedDemoIfEmpty(
  db: DataSource,
  demoPassword: string | undefined,
  now: Date = new Date(),
): Promise<void> {
  const [{ count } = missing('a count')]: Array<{ count: number }> = await db.query(
    `SELECT count(*)::int AS count FROM unit`,
  );
  if (count > 0) return;
  const password = demoPassword ?? randomBytes(9).toString('base64url');
  const started = Date.now();
  const plan = planCity([...readCityUnits2023(), ...mergedProvinceUnits2025()], {
    divisionsPerDepartment: 0,
    divisionsPerDistrict: 0,
    staffPerUnit: 4,
    seed: 2023,
  });
  const passwordHash = await seedCity(db, plan, password);
  const services = createServices(db, 8, () => now);
  const binhtan = plan.logins.find((login) => login.username === 'binhtan')?.personId;
  await replayReorganisations2025(db, services, binhtan ? { [DEMO_UNITS.binhTanWard]: binhtan } : {});
  await seedDemoEvaluations(db, services, now);
  await seedDemoFeedback(db, services, now);
  await seedDemoInitiatives(db, services, passwordHash, cityDayOf(now));
  logger.info(
    { units: plan.units.length, people: plan.people.length, ms: Date.now() - started },
    'demo data created (the city of 2023, its three reorganisations of 2025, heads and staff)',
  );
  const logins = [...plan.logins.map((login) => login.username), 'thamdinh2…thamdinh5'].join(', ');
  if (demoPassword) {
    logger.info(`Demo logins: ${logins} — password from DEMO_PASSWORD`);
  } else {
    logger.warn(`Demo logins: ${logins} — password: ${password} (shown once; set DEMO_PASSWORD to choose it)`);
  }
}
