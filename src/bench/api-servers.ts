import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { startStatementProxy, type StatementProxy } from './statement-proxy.js';

export type ServerName = 'congvu' | 'postgraphile' | 'hand';
export const SERVER_LABELS: Record<ServerName, string> = {
  congvu: 'congvu',
  postgraphile: 'PostGraphile 4.14',
  hand: 'hand-written SQL',
};

export interface RunningServer {
  name: ServerName;
  /** http://127.0.0.1:<port>/graphql */
  url: string;
  /** Statements this server has sent to PostgreSQL so far; null when it talks to PostgreSQL directly. */
  statements: (() => number) | null;
  /** Resident memory now and at its peak, in MiB (/proc). */
  memory: () => { rss: number; peak: number };
  stop: () => Promise<void>;
}

/**
 * Node's flags for congvu, as `npm start` gives them: a 64 MiB young generation, so that the short-lived objects of
 * a page of rows die young instead of being promoted and marked (docs/benchmarks.md).
 */
const CONGVU_NODE_FLAGS = ['--max-semi-space-size=64'];

const entry = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const ENTRIES: Record<ServerName, string> = {
  congvu: entry('../main.js'),
  postgraphile: entry('./postgraphile-server.js'),
  hand: entry('./hand-server.js'),
};

function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${String(pid)}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const stopped = await Promise.race([exited.then(() => true), sleep(15_000).then(() => false)]);
  if (!stopped) {
    child.kill('SIGKILL');
    await exited;
  }
}

/** The port a bench server prints on its first line of output. */
function announcedPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    if (!child.stdout) {
      reject(new Error('no output to read the port from'));
      return;
    }
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => {
      lines.close();
      resolve((JSON.parse(line) as { port: number }).port);
    });
    child.once('exit', (code) => {
      reject(new Error(`exited with ${String(code)} before listening`));
    });
  });
}

async function untilReady(url: string, child: ChildProcess): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`congvu exited with ${String(child.exitCode)}`);
    const ready = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    if (Date.now() - started > 180_000) throw new Error('congvu not ready after 180 s');
    await sleep(300);
  }
}

/**
 * One server as a child process of its own (so that its memory is its own): congvu compiled, in production mode,
 * on `port`; the others on a free port. With `counted`, it talks to PostgreSQL through a statement-counting proxy
 * (which lives in this process and costs every byte a hop); without, directly, as it is timed.
 */
export async function startServer(
  name: ServerName,
  databaseUrl: string,
  port: number,
  counted: boolean,
): Promise<RunningServer> {
  const proxy: StatementProxy | null = counted ? await startStatementProxy(databaseUrl) : null;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: proxy?.url ?? databaseUrl,
    PORT: name === 'congvu' ? String(port) : '0',
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    SESSION_SECRET: 'bench-api-session-secret-of-32-chars',
  };
  const flags = name === 'congvu' ? CONGVU_NODE_FLAGS : [];
  const child = spawn(process.execPath, [...flags, ENTRIES[name]], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    let base: string;
    if (name === 'congvu') {
      child.stdout.resume();
      base = `http://127.0.0.1:${String(port)}`;
      await untilReady(`${base}/readyz`, child);
    } else {
      base = `http://127.0.0.1:${String(await announcedPort(child))}`;
      child.stdout.resume();
    }
    const pid = child.pid as number;
    return {
      name,
      url: `${base}/graphql`,
      statements: proxy ? () => proxy.count : null,
      memory: () => memoryOf(pid),
      stop: async () => {
        await stopChild(child);
        await proxy?.close();
      },
    };
  } catch (error) {
    await stopChild(child);
    await proxy?.close();
    throw error;
  }
}
