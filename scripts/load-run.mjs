// A bounded load run on loopback (docs/security.md): the compiled server over a database with the demo data,
// 50 connections for 60 s of mixed reads and writes, then errors, latency percentiles and the server's memory.
// Usage: DATABASE_URL=postgres://…/scratch node scripts/load-run.mjs   (the database is seeded if empty)
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

const PORT = Number(process.env.PORT ?? 4613);
const base = `http://127.0.0.1:${PORT}`;
const DURATION = Number(process.env.DURATION ?? 60);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 50);
const password = 'load-run-password';

const rssMb = (pid) => Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024);
const gql = async (query, variables, token) => {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
};

const server = spawn(process.execPath, ['dist/src/main.js'], {
  env: { ...process.env, PORT: String(PORT), DEMO_PASSWORD: password, LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
try {
  for (let ready = false; !ready; await sleep(500))
    ready = (await fetch(`${base}/readyz`).catch(() => ({ status: 0 }))).status === 200;
  const token = (await gql(`mutation { login(username: "noivu", password: "${password}") { token } }`)).data.login
    .token;
  const unit = (
    await gql(`{ units(first: 1, filter: { search: "Bình Hưng Hoà A" }) { nodes { id name } } }`, {}, token)
  ).data.units.nodes[0];
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const post = (query, variables) => ({
    method: 'POST',
    path: '/graphql',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const requests = [
    post(`{ people(first: 50) { nodes { id fullName appointments { unit { name } } } } }`),
    post(`{ units(first: 100) { nodes { id name parent { name } head { fullName } } } }`),
    post(`{ evaluations(first: 50) { nodes { id status level person { fullName } } } }`),
    post(`mutation($id: ID!, $name: String!) { updateUnit(id: $id, input: { name: $name }) { name } }`, {
      id: unit.id,
      name: unit.name,
    }),
    { method: 'GET', path: '/healthz' },
  ];
  const before = rssMb(server.pid);
  const result = await autocannon({ url: base, connections: CONNECTIONS, duration: DURATION, requests });
  await sleep(5_000);
  const after = rssMb(server.pid);
  const summary = {
    requests: result.requests.total,
    perSecond: Math.round(result.requests.average),
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p97_5: result.latency.p97_5,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    rssMb: { before, after },
  };
  console.log(JSON.stringify(summary, null, 2));
} finally {
  server.kill('SIGTERM');
}
