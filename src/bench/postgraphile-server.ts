import Module, { createRequire } from 'node:module';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import pg from 'pg';

/**
 * `npm run bench:api`'s generic peer: PostGraphile 4.14 over the same tables (schema `public`), as it comes —
 * its default inflector, no plugins, no mutations, in production settings (no GraphiQL, no watch, no stack
 * traces). It knows nothing of the domain: no policies, no dated tree, no summaries of its own. Started by
 * src/cli/bench-api.ts: DATABASE_URL, PORT (0: any), then it prints its port as a JSON line.
 */
/**
 * PostGraphile 4 needs graphql 15 and carries its own, but npm hoists some of its packages next to the app's
 * graphql 16, and two graphql modules in one schema fail ("from another module or realm"). This process runs
 * PostGraphile alone: every `graphql` it asks for is PostGraphile's.
 */
const graphql15 = path.dirname(
  createRequire(createRequire(import.meta.url).resolve('postgraphile')).resolve('graphql/package.json'),
);
type Resolve = (request: string, ...rest: unknown[]) => string;
const loader = Module as unknown as { _resolveFilename: Resolve };
const resolve = loader._resolveFilename.bind(Module);
loader._resolveFilename = (request, ...rest) =>
  resolve(/^graphql(\/|$)/.test(request) ? request.replace(/^graphql/, graphql15) : request, ...rest);
const { postgraphile } = await import('postgraphile');

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: 10,
  application_name: 'bench-postgraphile',
});

const middleware = postgraphile(pool, 'public', {
  graphqlRoute: '/graphql',
  graphiql: false,
  watchPg: false,
  disableDefaultMutations: true,
  dynamicJson: true,
  setofFunctionsContainNulls: false,
  ignoreRBAC: false,
  disableQueryLog: true,
  extendedErrors: [],
  retryOnInitFail: false,
});

const server = createServer(middleware);
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(JSON.stringify({ port: (server.address() as AddressInfo).port }));
});
process.on('SIGTERM', () => {
  server.close();
  void middleware.release().then(() => pool.end().then(() => process.exit(0)));
});
