import type { DataSource } from 'typeorm';
import type { Clock, Services } from '../src/context.js';

/** Where the panel is mounted. */
export const ADMIN_ROOT = '/admin';

/**
 * What the panel is built with, as GraphQL's resolvers are with src/services.ts: the services for writes, the app's
 * data source for *.queries.ts reads and the resources' adapter (admin/policy-resource.ts), the clock for every rule
 * of the day. Nothing in admin/ asks TypeORM's global data source or `new Date()`.
 */
export interface AdminDeps {
  services: Services;
  db: DataSource;
  clock: Clock;
}
