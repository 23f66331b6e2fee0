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
  /** Statements this server has sent to PostgreSQL so far. */
  statements: () => number;
  /** Resident memory now and at its peak, in MiB (/proc). */
  memory: () => { rss: number; peak: number };
  stop: () => Promise<void>;
}

const entry = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const ENTRIES: Record<ServerName, string> = {
  congvu: entry('../main.js'),
  postgraphile: entry('./postgraphile-server.js'),
  hand: entry('./hand-server.js'),
};

function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
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
      reject(new Error(`exited with ${code} before listening`));
    });
  });
}

async function untilReady(url: string, child: ChildProcess): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`congvu exited with ${child.exitCode}`);
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
 * One server as a child process of its own (so that its memory is its own), talking to PostgreSQL through a
 * statement-counting proxy: congvu compiled, in production mode, on `port`; the others on a free port.
 */
export async function startServer(name: ServerName, databaseUrl: string, port: number): Promise<RunningServer> {
  const proxy: StatementProxy = await startStatementProxy(databaseUrl);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: proxy.url,
    PORT: name === 'congvu' ? String(port) : '0',
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    SESSION_SECRET: 'bench-api-session-secret-of-32-chars',
  };
  const child = spawn(process.execPath, [ENTRIES[name]], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    let base: string;
    if (name === 'congvu') {
      child.stdout.resume();
      base = `http://127.0.0.1:${port}`;
      await untilReady(`${base}/readyz`, child);
    } else {
      base = `http://127.0.0.1:${await announcedPort(child)}`;
      child.stdout.resume();
    }
    const pid = child.pid as number;
    return {
      name,
      url: `${base}/graphql`,
      statements: () => proxy.count,
      memory: () => memoryOf(pid),
      stop: async () => {
        await stopChild(child);
        await proxy.close();
      },
    };
  } catch (error) {
    await stopChild(child);
    await proxy.close();
    throw error;
  }
}
