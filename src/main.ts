import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Server } from 'node:http';
import { createApp } from './app.js';
import { actingAs, jobActor } from './common/audit-context.js';
import { logger } from './common/logger.js';
import { loadConfig } from './config/config.js';
import { openDatabase } from './database/database.js';
import { seedDemoIfEmpty } from './database/seeds/demo.js';
import { buildAppSchema } from './schema.js';

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  logger.level = config.logLevel;
  const database = await openDatabase(config);
  let server: Server;
  let stop: () => Promise<void>;
  let escalation: NodeJS.Timeout;
  try {
    if (!config.production) {
      await actingAs(jobActor('seed:demo'), () => seedDemoIfEmpty(database.dataSource, config.demoPassword));
      // In development AdminJS serves the components bundle it finds and builds one only when there is none:
      // remove the last run's, so that the panel shows the components of this version.
      rmSync(path.join(process.env.ADMIN_JS_TMP_DIR ?? '.adminjs', 'bundle.js'), { force: true });
    }
    const schema = await buildAppSchema();
    const built = await createApp({
      db: database.dataSource,
      schema,
      config: { ...config, sessionSecret: config.sessionSecret ?? randomBytes(32).toString('hex') },
    });
    stop = built.stop;
    // At start-up and every ten minutes: findings past their date and not remedied are escalated (R25), and
    // reorganisation plans scheduled for a day that has come are applied.
    const escalate = () =>
      Promise.all([
        actingAs(jobActor('job:escalation'), () => built.services.inspections.escalateOverdue())
          .then((count) => count > 0 && logger.info({ count }, 'overdue findings escalated to responsibility reviews'))
          .catch((error: unknown) => logger.error({ err: error }, 'escalating overdue findings failed')),
        actingAs(jobActor('job:plans'), () => built.services.plans.applyDue())
          .then((count) => count > 0 && logger.info({ count }, 'scheduled reorganisation plans applied'))
          .catch((error: unknown) => logger.error({ err: error }, 'applying scheduled reorganisation plans failed')),
      ]);
    await escalate();
    escalation = setInterval(escalate, 10 * 60_000);
    server = await new Promise<Server>((resolve, reject) => {
      const listening = built.app.listen(config.port, () => resolve(listening)).on('error', reject);
    });
  } catch (error) {
    await database.close();
    throw error;
  }
  logger.info(
    { port: config.port, ms: Date.now() - started, graphql: `http://localhost:${config.port}/graphql`, admin: `http://localhost:${config.port}/admin` },
    'congvu ready',
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    clearInterval(escalation);
    server.close();
    await stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  logger.fatal(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
