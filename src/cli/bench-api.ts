import 'reflect-metadata';
import autocannon from 'autocannon';
import { isDeepStrictEqual } from 'node:util';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { BENCH_PASSWORD, ensureBenchCity } from '../bench/api-city.js';
import { writeReport, type LoadResult, type RunFacts } from '../bench/api-report.js';
import { SERVER_LABELS, startServer, type RunningServer, type ServerName } from '../bench/api-servers.js';
import { apiWorkloads, POSTGRAPHILE_SMART_COMMENTS, type BenchIds, type Workload } from '../bench/api-workloads.js';
import { logger } from '../common/logger.js';
import { createDataSource } from '../database/data-source.js';
import { fail } from './cli-database.js';

/**
 * `npm run bench:api`: congvu against a hand-written `pg` server and PostGraphile 4.14 on one city-scale database
 * (docs/benchmarks.md). DATABASE_URL names the database, created and filled on first use with `--scale` 1022
 * items (the city itself is the same at every scale). Each server runs as a process of its own behind a proxy
 * that counts its SQL statements; their answers are compared before any timing; then autocannon drives every
 * workload on every server, interleaved, `--rounds` times for `--duration` seconds.
 *
 *   npm run bench:api                                   # three rounds of 10 s, the docs updated
 *   npm run bench:api -- --rounds 1 --duration 5        # a quick run
 *   npm run bench:api -- --scale 18000 --statements-only  # statements per request at another scale
 */
logger.level = 'warn';
const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '180000' },
    rounds: { type: 'string', default: '3' },
    duration: { type: 'string', default: '10' },
    port: { type: 'string', default: '4610' },
    only: { type: 'string' },
    report: { type: 'string', default: 'docs/benchmarks.md' },
    'no-report': { type: 'boolean', default: false },
    'prepare-only': { type: 'boolean', default: false },
    'statements-only': { type: 'boolean', default: false },
  },
});
const rounds = Number(values.rounds);
const duration = Number(values.duration);
if (!Number.isInteger(rounds) || rounds < 1) fail('--rounds must be a whole number ≥ 1');
if (!Number.isFinite(duration) || duration <= 0) fail('--duration must be a number of seconds');
const scale = Number(values.scale);
if (!Number.isInteger(scale) || scale < 0) fail('--scale must be a whole number of 1022 items');
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) fail('DATABASE_URL must name the benchmark database (it is created if missing)');

const progress = (line: string) => {
  console.log(`  ${line}`);
};

/** The database, created if missing, migrated, and holding the city at this scale. */
async function prepare(url: string) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const server = new URL(url);
  server.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  const { rowCount } = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name]);
  if (rowCount === 0) {
    await admin.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
    progress(`database ${name} created`);
  }
  await admin.end();
  const db = createDataSource(url);
  await db.initialize();
  try {
    await db.runMigrations({ transaction: 'each' });
    return await ensureBenchCity(db, scale, progress);
  } finally {
    await db.destroy();
  }
}

type Answer = { data?: unknown; errors?: Array<{ message: string }> };

async function post(url: string, body: object, token: string | null): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return (await response.json()) as Answer;
}

/** The ids of the workloads, and PostGraphile's smart comments, on the benchmark database. */
async function benchIds(url: string, periodId: string): Promise<BenchIds> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(POSTGRAPHILE_SMART_COMMENTS);
    const { rows } = await client.query<{ city: string; district: string; ward: string; head: string }>(
      `SELECT (SELECT id FROM unit WHERE kind = 'CITY' AND valid_to IS NULL) AS city,
              (SELECT id FROM unit WHERE code = '777' AND valid_to IS NULL) AS district,
              (SELECT id FROM unit WHERE code = '27439' AND valid_to IS NULL) AS ward,
              (SELECT person_id FROM app_user WHERE username = 'binhtan') AS head`,
    );
    const row = rows.at(0);
    if (row === undefined) throw new Error('the bench ids query returned no row');
    return { periodId, cityId: row.city, districtId: row.district, wardId: row.ward, headPersonId: row.head };
  } finally {
    await client.end();
  }
}

interface Target {
  server: RunningServer;
  body: object;
  normalise: (data: unknown) => unknown;
}

function targetsOf(workload: Workload, servers: RunningServer[]): Target[] {
  return servers.flatMap((server): Target[] => {
    if (server.name !== 'postgraphile')
      return [{ server, body: workload.request, normalise: workload.normalise ?? ((data) => data) }];
    const question = workload.postgraphile;
    return question
      ? [{ server, body: { query: question.query, variables: question.variables }, normalise: question.normalise }]
      : [];
  });
}

/** The first place two answers differ, for the message. */
function firstDifference(a: unknown, b: unknown, path = ''): string {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return `${path || '(root)'}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  for (const key of keys) {
    const left = (a as Record<string, unknown>)[key];
    const right = (b as Record<string, unknown>)[key];
    if (!isDeepStrictEqual(left, right)) return firstDifference(left, right, `${path}.${key}`);
  }
  return `${path}: equal`;
}

/** Every server's answer equal to congvu's, normalised; an error or a difference stops the run. */
async function checkAnswers(workloads: Workload[], servers: RunningServer[], tokens: Tokens): Promise<void> {
  for (const workload of workloads) {
    const answers: Array<{ name: ServerName; value: unknown }> = [];
    for (const target of targetsOf(workload, servers)) {
      const answer = await post(target.server.url, target.body, tokenFor(workload, tokens));
      if (answer.errors || answer.data === undefined)
        throw new Error(`${workload.key} on ${target.server.name}: ${JSON.stringify(answer.errors ?? answer)}`);
      answers.push({ name: target.server.name, value: target.normalise(answer.data) });
    }
    const reference = answers.at(0);
    if (reference === undefined) throw new Error(`${workload.key}: no server answered`);
    for (const other of answers.slice(1)) {
      if (!isDeepStrictEqual(JSON.parse(JSON.stringify(reference.value)), JSON.parse(JSON.stringify(other.value))))
        throw new Error(
          `${workload.key}: ${other.name} answers differently from congvu — ${firstDifference(reference.value, other.value)}`,
        );
    }
    progress(`${workload.key}: ${answers.map((a) => a.name).join(', ')} agree`);
  }
}

interface Tokens {
  viewer: string;
  head: string;
}
const tokenFor = (workload: Workload, tokens: Tokens) => (workload.caller ? tokens[workload.caller] : null);

/** SQL statements per request: the median over sequential requests of what the server's proxy counted. */
async function statementsPerRequest(target: Target, token: string | null, requests = 15): Promise<number> {
  const { statements } = target.server;
  if (!statements) throw new Error(`${target.server.name} was started without its statement counter`);
  const counts: number[] = [];
  for (let i = 0; i < requests; i += 1) {
    const before = statements();
    await post(target.server.url, target.body, token);
    counts.push(statements() - before);
  }
  counts.sort((a, b) => a - b);
  const median = counts.at(Math.floor(counts.length / 2));
  if (median === undefined) throw new Error('statementsPerRequest needs at least one request');
  return median;
}

async function drive(target: Target, connections: number, seconds: number, token: string | null) {
  return autocannon({
    url: target.server.url,
    connections,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(target.body),
  });
}

console.log(`bench:api — city with ${scale.toLocaleString('en')} 1022 items`);
const city = await prepare(databaseUrl).catch(fail);
progress(
  `${String(city.units)} units, ${String(city.people)} people, ${String(city.items)} 1022 items, YEAR 2026 ${city.periodId}`,
);
if (values['prepare-only']) process.exit(0);

const ids = await benchIds(databaseUrl, city.periodId);
const only = values.only?.split(',');
const workloads = apiWorkloads(ids).filter((workload) => !only || only.includes(workload.key));
const servers: RunningServer[] = [];
const stopAll = async () => {
  for (const server of servers.splice(0)) await server.stop();
};
/** The three servers, counting their statements through a proxy (answers, statements) or not (timing). */
const startAll = async (counted: boolean) => {
  for (const name of ['congvu', 'postgraphile', 'hand'] as const) {
    const started = performance.now();
    servers.push(await startServer(name, databaseUrl, Number(values.port), counted));
    progress(
      `${SERVER_LABELS[name]} up in ${((performance.now() - started) / 1000).toFixed(1)} s` +
        (counted ? ', behind the statement counter' : ', on PostgreSQL directly'),
    );
  }
};
process.on('SIGINT', () => void stopAll().finally(() => process.exit(130)));
try {
  await startAll(true);
  const congvu = servers.at(0);
  if (congvu === undefined) throw new Error('the congvu server did not start');
  const login = async (username: string) => {
    const answer = await post(
      congvu.url,
      { query: `mutation { login(username: "${username}", password: "${BENCH_PASSWORD}") { token } }` },
      null,
    );
    return (answer.data as { login: { token: string } }).login.token;
  };
  const tokens: Tokens = { viewer: await login('xem'), head: await login('binhtan') };

  console.log('answers compared (normalised)…');
  await checkAnswers(workloads, servers, tokens);

  console.log('SQL statements per request (sequential requests, median)…');
  const statements: RunFacts['statements'] = {};
  for (const workload of workloads) {
    const perServer: RunFacts['statements'][string] = {};
    for (const target of targetsOf(workload, servers)) {
      perServer[target.server.name] = await statementsPerRequest(target, tokenFor(workload, tokens));
    }
    statements[workload.key] = perServer;
    progress(`${workload.key}: ${JSON.stringify(perServer)}`);
  }

  const loadBefore = loadavg();
  const results: LoadResult[] = [];
  const queryRss = new Map<ServerName, number>();
  const loginRss = new Map<ServerName, number>();
  if (!values['statements-only']) {
    // the proxy lives in this process beside autocannon and costs every statement a hop: timed without it
    await stopAll();
    await startAll(false);
    const total = rounds * workloads.reduce((sum, workload) => sum + targetsOf(workload, servers).length, 0);
    console.log(
      `load: ${String(total)} runs of ${String(duration)} s (about ${String(Math.ceil((total * (duration + 1)) / 60))} min)…`,
    );
    for (let round = 1; round <= rounds; round += 1) {
      for (const workload of workloads) {
        const targets = targetsOf(workload, servers);
        // each round starts with another server, so that none always runs first (or right after a heavy one)
        const shift = targets.length === 0 ? 0 : (round - 1) % targets.length;
        const order = [...targets.slice(shift), ...targets.slice(0, shift)];
        for (const target of order) {
          const token = tokenFor(workload, tokens);
          await drive(target, workload.connections, 1, token); // warm-up
          // resident memory sampled while it runs: login's argon2id takes 64 MiB per verification, counted apart
          const sampled = workload.key === 'login' ? loginRss : queryRss;
          const sampler = setInterval(() => {
            sampled.set(target.server.name, Math.max(sampled.get(target.server.name) ?? 0, target.server.memory().rss));
          }, 250);
          const result = await drive(target, workload.connections, duration, token).finally(() => {
            clearInterval(sampler);
          });
          results.push({
            round,
            workload: workload.key,
            server: target.server.name,
            rps: result.requests.average,
            p50: result.latency.p50,
            p99: result.latency.p99,
            failed: result.non2xx + result.errors + result.timeouts,
          });
          progress(
            `round ${String(round)}/${String(rounds)} ${workload.key} ${SERVER_LABELS[target.server.name]}: ${String(result.requests.average)} req/s, ` +
              `p50 ${String(result.latency.p50)} ms, p99 ${String(result.latency.p99)} ms` +
              (result.non2xx + result.errors + result.timeouts > 0
                ? `, ${String(result.non2xx + result.errors + result.timeouts)} failed`
                : ''),
          );
        }
      }
    }
  }
  const facts: RunFacts = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    scale,
    units: city.units,
    people: city.people,
    rounds,
    duration,
    cpus: cpus().length,
    loadBefore,
    loadAfter: loadavg(),
    statements,
    memory: Object.fromEntries(
      servers.map((server) => [
        server.name,
        { ...server.memory(), queries: queryRss.get(server.name), login: loginRss.get(server.name) },
      ]),
    ),
  };
  console.log(`memory (MiB, peak): ${JSON.stringify(facts.memory)}`);
  console.log(
    `load average before ${facts.loadBefore.map((v) => v.toFixed(2)).join(' ')}, after ${facts.loadAfter.map((v) => v.toFixed(2)).join(' ')}`,
  );
  if (!values['no-report'] && !only) {
    writeReport(
      values.report,
      '## (d) `npm run bench:api`: congvu, PostGraphile and hand-written SQL side by side',
      workloads,
      values['statements-only'] ? null : results,
      facts,
    );
    console.log(`✔ ${values.report} updated`);
  }
} finally {
  await stopAll();
}
process.exit(0);
