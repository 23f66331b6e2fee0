import { pino } from 'pino';

/** The process logger; main.ts sets its level from the validated config. */
export const logger = pino({ level: 'info', base: { app: 'congvu' } });
