import { SingleBar, Presets } from 'cli-progress';
import { parseArgs } from 'node:util';
import { planCity } from '../database/seeds/city-plan.js';
import { assertNoUnits, seedCity, type SeedProgress } from '../database/seeds/seed-city.js';
import { todayUnits } from '../hierarchy/plan-csv.js';
import { fail, withCliDatabase } from './cli-database.js';

/**
 * `npm run seed -- --scale=city`: the benchmark set of domain §10 on an empty database, as the city is today —
 * its 16 agencies with 5 divisions each and its 168 communes, wards and special zone with 4 each (the district
 * level is gone), 130,000 staff with appointments, the demo logins. Today's city only: the history of the
 * reorganisations is the demo's (`npm start` on an empty database) and the benchmark's (`npm run bench`).
 */
const { values } = parseArgs({
  options: { scale: { type: 'string', default: 'city' }, staff: { type: 'string', default: '130000' } },
});
if (values.scale !== 'city') fail(`unknown --scale=${values.scale} (only "city")`);
const totalStaff = Number(values.staff);
if (!Number.isInteger(totalStaff) || totalStaff < 1000) fail('--staff must be a whole number ≥ 1000');

function progressBar(): SeedProgress & { stop(): void } {
  const bar = new SingleBar({ format: ' {stage} [{bar}] {value}/{total}', hideCursor: true }, Presets.shades_classic);
  let started = false;
  return {
    stage(name, total) {
      if (started) bar.stop();
      bar.start(total, 0, { stage: name.padEnd(10) });
      started = true;
    },
    advance: (done) => {
      bar.update(done);
    },
    stop: () => {
      bar.stop();
    },
  };
}

await withCliDatabase('seed', async ({ dataSource }, config) => {
  await assertNoUnits(dataSource.manager);
  const started = Date.now();
  const password = config.demoPassword ?? 'congvu-demo';
  const plan = planCity(todayUnits(), {
    divisionsPerDepartment: 5,
    divisionsPerDistrict: 0,
    divisionsPerWard: 4,
    totalStaff,
    seed: 2023,
  });
  if (config.production) plan.logins = [];
  const progress = progressBar();
  await seedCity(dataSource, plan, password, progress);
  progress.stop();
  await dataSource.query('ANALYZE');
  console.log(
    `✔ ${String(plan.units.length)} đơn vị, ${String(plan.people.length)} cán bộ và bổ nhiệm, ${String(plan.logins.length)} tài khoản — ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (plan.logins.length > 0)
    console.log(
      `  Demo logins (${plan.logins.map((l) => l.username).join(', ')}) use ${config.demoPassword ? 'DEMO_PASSWORD' : `the password "${password}"`}.`,
    );
}).catch(fail);
