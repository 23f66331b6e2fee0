import { logger } from './logger.js';

/**
 * Handlers of last resort. A rejected promise nobody awaited is a bug, but not a reason to drop every other
 * request: it is logged and the process keeps serving. An uncaught exception leaves the process in an unknown
 * state: it is logged and `stop` shuts down gracefully (exit 1), for the supervisor to restart.
 */
export function installLastResortHandlers(stop: (reason: string, exitCode: number) => void): void {
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: reason }, 'unhandled promise rejection (a bug): logged, still serving');
  });
  process.on('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'uncaught exception: stopping');
    stop('uncaughtException', 1);
  });
}
