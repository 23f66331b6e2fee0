import 'reflect-metadata';
import { loadConfig } from './src/config/config.js';
import { createDataSource } from './src/database/data-source.js';

/** For the TypeORM CLI: `npm run typeorm -- migration:run` against DATABASE_URL. */
const config = loadConfig();
if (!config.databaseUrl) {
  throw new Error('DATABASE_URL must be set for the TypeORM CLI');
}
export default createDataSource(config.databaseUrl);
