import { parseArgs } from 'node:util';
import { fillCityWorkload } from '../bench/city-data.js';
import { fail, withCliDatabase } from './cli-database.js';

/** `npm run bench:workload -- --items=180000`: the dashboards' workload on a city seeded with `npm run seed`. */
const { values } = parseArgs({ options: { items: { type: 'string', default: '180000' } } });
const items = Number(values.items);
if (!Number.isInteger(items) || items < 0) fail('--items must be a whole number');

await withCliDatabase('bench-workload', async ({ dataSource }) => {
  const started = Date.now();
  const { periodId } = await fillCityWorkload(dataSource, { items, now: new Date('2026-12-01T09:00:00+07:00') });
  console.log(
    `✔ YEAR 2026 (${periodId}) and ${String(items)} 1022 items — ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}).catch(fail);
