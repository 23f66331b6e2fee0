import type { DataSource } from 'typeorm';
import type { Clock, Services } from '../src/context.js';

/** Where the panel is mounted. */
export const ADMIN_ROOT = '/admin';

/** What the panel's resources are built with: the services, the database for *.queries.ts reads, the clock. */
export interface AdminDeps {
  services: Services;
  db: DataSource;
  clock: Clock;
}
