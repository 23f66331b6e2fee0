// Profiles the compiled server (production mode, --cpu-prof) under one workload, then prints where the CPU went.
// Usage: DATABASE_URL=postgres://…/city WORKLOAD=units|dashboard|dashboardWard|feedbackStats|ranking|toRate node scripts/profile-run.mjs
// The database must hold the city (npm run seed -- --scale=city; npm run bench:workload) with DEMO logins.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const PORT = Number(process.env.PORT ?? 4105);
const base = `http://127.0.0.1:${PORT}`;
const DURATION = Number(process.env.DURATION ?? 20);
const WORKLOAD = process.env.WORKLOAD ?? 'units';
const password = process.env.DEMO_PASSWORD ?? 'bench-password';
const gql = async (query, variables, token) => {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
};

const profileDir = mkdtempSync(path.join(tmpdir(), 'congvu-profile-'));
const server = spawn(
  process.execPath,
  ['--max-semi-space-size=64', '--cpu-prof', `--cpu-prof-dir=${profileDir}`, 'dist/src/main.js'], // as npm start
  {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      SESSION_SECRET: 'p'.repeat(32),
      PORT: String(PORT),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
try {
  for (let ready = false; !ready; await sleep(300))
    ready = (await fetch(`${base}/readyz`).catch(() => ({ status: 0 }))).status === 200;
  const login = async (username) =>
    (await gql(`mutation { login(username: "${username}", password: "${password}") { token } }`)).data.login.token;
  const viewer = await login('xem');
  const city = (await gql(`{ units(first: 1, filter: { kind: CITY }) { nodes { id } } }`, {}, viewer)).data.units
    .nodes[0].id;
  const period = (
    await gql(`{ evaluationPeriods(kind: YEAR, first: 5) { nodes { id year } } }`, {}, viewer)
  ).data.evaluationPeriods.nodes.find((p) => p.year === 2026)?.id;
  const ward = (
    await gql(`{ units(first: 1, filter: { kind: WARD, search: "Bình Hưng Hoà A" }) { nodes { id } } }`, {}, viewer)
  ).data.units.nodes[0].id;
  const head = await login('binhtan');
  const headPersonId = (await gql(`{ me { person { id } } }`, {}, head)).data.me.person.id; // as bench:api's toRate
  const workloads = {
    units: [`{ units(first: 500) { nodes { name parent { name } head { fullName } } } }`, viewer],
    dashboard: [
      `{ dashboard(unitId: "${city}", periodId: "${period}") { evaluatedCount pendingCount onTimeRate satisfactionPercent overdueFeedback openFindings levelCounts { level count } initiativesByStatus { status count } } }`,
      viewer,
    ],
    dashboardWard: [
      `{ dashboard(unitId: "${ward}", periodId: "${period}") { evaluatedCount pendingCount onTimeRate satisfactionPercent overdueFeedback openFindings levelCounts { level count } initiativesByStatus { status count } } }`,
      viewer,
    ],
    feedbackStats: [
      `{ feedbackStats(unitId: "${city}", from: "2026-01-01", to: "2026-12-31", includeSubunits: true) { due onTime overdueAtEnd onTimeRate satisfactionPercent } }`,
      viewer,
    ],
    ranking: [
      `{ unitRanking(periodId: "${period}", by: FEEDBACK_ON_TIME, kind: WARD, first: 500) { rank value count unit { name } } }`,
      viewer,
    ],
    toRate: [
      `{ evaluations(first: 50, filter: { periodId: "${period}", raterId: "${headPersonId}", status: SELF_ASSESSED }) { nodes { id status person { fullName } unit { name } } } }`,
      head,
    ],
  };
  const [query, token] = workloads[WORKLOAD];
  const check = await gql(query, {}, token);
  if (check.errors) throw new Error(JSON.stringify(check.errors));
  const load = (duration) =>
    autocannon({
      url: `${base}/graphql`,
      connections: Number(process.env.CONNECTIONS ?? 10),
      duration,
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
  await load(8); // warm-up: the JIT, the pool, AdminJS's start-up bundling out of the window
  const result = await load(DURATION);
  const loadEnded = Date.now();
  console.log(
    `${WORKLOAD}: ${result.requests.total} requests, ${result.requests.average} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, non-2xx ${result.non2xx}`,
  );
  server.kill('SIGTERM');
  const exitCode = await new Promise((resolve) => server.once('exit', (code, signal) => resolve(code ?? signal)));
  const afterLoadMs = Date.now() - loadEnded;
  const file = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile written (the server exited with ${exitCode})`);
  const profile = JSON.parse(readFileSync(path.join(profileDir, file), 'utf8'));
  summarise(profile, result.requests.total, (DURATION + 0.5) * 1000, afterLoadMs);
  console.log(`profile: ${path.join(profileDir, file)}`);
} finally {
  if (server.exitCode === null) server.kill('SIGKILL');
}

/** Self time by package (or our own file) and the top functions, per request. */
function summarise(profile, requests, loadMs, afterLoadMs) {
  // only the samples taken while the load ran: start-up (AdminJS bundles its components) and shutdown left out
  const windowEnd = profile.endTime - afterLoadMs * 1000;
  const windowStart = windowEnd - loadMs * 1000;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  let at = profile.startTime;
  let taken = 0;
  for (const [index, id] of profile.samples.entries()) {
    at += profile.timeDeltas[index];
    if (at < windowStart || at > windowEnd) continue;
    taken += 1;
    self.set(id, (self.get(id) ?? 0) + 1);
  }
  const interval = (windowEnd - windowStart) / taken / 1000; // ms per sample
  const byPackage = new Map();
  const byFunction = new Map();
  let busy = 0;
  for (const [id, count] of self) {
    const { callFrame } = byId.get(id);
    if (callFrame.functionName === '(idle)' || callFrame.functionName === '(program)') continue;
    busy += count;
    const url = callFrame.url;
    const pkg =
      /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ??
      (url.includes('/dist/')
        ? `ours: ${url.split('/dist/')[1]}`
        : url.startsWith('node:')
          ? url
          : callFrame.functionName || '(native)');
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + count);
    const fn = `${callFrame.functionName || '(anonymous)'} ${url.split('node_modules/').pop()}:${callFrame.lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + count);
  }
  const ms = (count) => ((count * interval) / requests).toFixed(2);
  console.log(`CPU on the main thread: ${ms(busy)} ms per request (sampling ${interval.toFixed(2)} ms)`);
  console.log('self time by package, ms per request:');
  for (const [name, count] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 15))
    console.log(`  ${ms(count).padStart(7)}  ${name}`);
  console.log('top functions, ms per request:');
  for (const [name, count] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 15))
    console.log(`  ${ms(count).padStart(7)}  ${name}`);
}
