import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express4';
import express, { type Express } from 'express';
import type { GraphQLSchema } from 'graphql';
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import { buildAdminRouter, ADMIN_ROOT } from '../admin/admin.js';
import type { Caller } from './auth/caller.js';
import { actingAs } from './common/audit-context.js';
import { explorer } from './common/explorer.js';
import { sendPayoutsCsv } from './income/payouts-csv.route.js';
import { sendAttachment } from './files/files.route.js';
import { base64Length } from './files/upload.js';
import { downloadRoutes } from './exports/download-routes.js';
import { formatError, isExpectedError } from './common/graphql-errors.js';
import { asyncRoute, errorHandler, pathParam } from './common/http-errors.js';
import { queryLimits } from './common/query-limits.js';
import { securityHeaders } from './common/security-headers.js';
import { logger } from './common/logger.js';
import type { Config } from './config/config.js';
import { buildContext, type Clock, type RequestContext, type Services } from './context.js';
import { createServices } from './services.js';
import { LiveUpdates } from './live/live-updates.js';
import { serveSubscriptions } from './live/subscriptions-server.js';

export interface AppOptions {
  db: DataSource;
  schema: GraphQLSchema;
  config: Pick<Config, 'tokenTtlHours' | 'production'> &
    Partial<Pick<Config, 'trustProxy' | 'fileMaxBytes' | 's3'>> & { sessionSecret: string };
  clock?: Clock;
  /** The server listening for the app: stopping the app drains it (running requests finish, bounded by stopGraceMs). */
  httpServer?: Server;
  stopGraceMs?: number;
  /** How often live updates look for 1022 items fallen overdue (default: DEADLINE_CHECK_MS). */
  deadlineCheckMs?: number;
}

type GraphqlCaller = Pick<RequestContext, 'requestId' | 'token'> & { caller: Caller | null };

function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

/** The express app: health checks, the admin panel, then GraphQL (a JSON parser before AdminJS breaks its forms). */
export interface BuiltApp {
  app: Express;
  services: Services;
  /** /readyz answers 503 from now on (SIGTERM), while running requests finish. */
  beginShutdown: () => void;
  /** graphql-ws subscriptions on this server's /graphql (done by createApp when given its httpServer). */
  serveSubscriptions: (httpServer: Server) => void;
  live: LiveUpdates;
  stop: () => Promise<void>;
}

export async function createApp(options: AppOptions): Promise<BuiltApp> {
  const { db, schema, config } = options;
  const clock = options.clock ?? (() => new Date());
  const services = createServices(db, config.tokenTtlHours, clock, {
    fileMaxBytes: config.fileMaxBytes,
    s3: config.s3,
  });
  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders(config.production));
  // The client's address (throttling, logs) and secure cookies behind a TLS proxy need to know which proxy to believe.
  app.set('trust proxy', config.trustProxy ?? 'loopback');

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  // Ready while serving and the database answers; 503 from the moment shutdown begins, so the balancer moves on.
  let draining = false;
  app.get(
    '/readyz',
    asyncRoute(async (_req, res) => {
      if (draining) {
        res.status(503).json({ status: 'stopping' });
        return;
      }
      try {
        await db.query('SELECT 1');
        res.json({ status: 'ok', database: 'up' });
      } catch (error) {
        logger.warn({ err: error }, 'readiness check failed');
        res.status(503).json({ status: 'unavailable', database: 'down' });
      }
    }),
  );

  app.get(
    '/exports/payouts/:periodId.csv',
    asyncRoute(async (req, res) => {
      const token = bearerToken(req.get('authorization'));
      await sendPayoutsCsv(
        services.income,
        token ? await services.auth.authenticate(token) : null,
        pathParam(req, 'periodId'),
        res,
      );
    }),
  );

  app.get(
    '/files/:id',
    asyncRoute(async (req, res) => {
      const token = bearerToken(req.get('authorization'));
      await sendAttachment(
        services.files,
        token ? await services.auth.authenticate(token) : null,
        pathParam(req, 'id'),
        res,
      );
    }),
  );

  // official forms and Excel exports, with the bearer token
  app.use(
    downloadRoutes(services, async (req) => {
      const token = bearerToken(req.get('authorization'));
      return token ? services.auth.authenticate(token) : null;
    }),
  );

  const pool = (db.driver as unknown as { master: pg.Pool }).master;
  // one LISTEN connection per instance: what another instance commits reaches this one's subscribers
  const live = new LiveUpdates(pool, { em: db.manager, clock, deadlineCheckMs: options.deadlineCheckMs });
  await live.start();
  const { router, close: closeAdmin } = await buildAdminRouter({
    services,
    db,
    pool,
    clock,
    cookieSecret: config.sessionSecret,
    production: config.production,
  });
  app.use(ADMIN_ROOT, router);

  // Depth, aliases, tokens and directives bound a document, and its cost (page sizes × nesting) is checked before
  // any resolver runs; each refusal is a 400 with its code.
  const limits = queryLimits<RequestContext>(config.production);
  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError,
    ...limits,
    // automatic persisted queries would let a client store documents in the server's memory: off
    persistedQueries: false,
    introspection: !config.production,
    // main.ts handles SIGTERM: readiness first, then this server's stop (which drains), then the database
    stopOnTerminationSignals: false,
    plugins: [
      // no HTTP caching of GraphQL answers here; the plugin would otherwise wrap every field of every row (docs/benchmarks.md)
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's own page loads its Sandbox from a CDN: GraphiQL from our packages is served instead (explorer.ts)
      ApolloServerPluginLandingPageDisabled(),
      ...(options.httpServer
        ? [
            ApolloServerPluginDrainHttpServer({
              httpServer: options.httpServer,
              stopGracePeriodMillis: options.stopGraceMs,
            }),
          ]
        : []),
      ...limits.plugins,
      {
        async requestDidStart() {
          return {
            async didEncounterErrors({ errors, contextValue }) {
              for (const error of errors) {
                if (!isExpectedError(error) && !error.extensions.code) {
                  logger.error(
                    { err: error.originalError ?? error, requestId: contextValue.requestId },
                    'unexpected GraphQL error',
                  );
                }
              }
            },
          };
        },
      },
    ],
  });
  await apollo.start();
  if (!config.production) app.use('/graphql', explorer());
  app.use(
    '/graphql',
    // a request may carry a file (attachFile, the people import) in base64: room for the largest accepted, no more
    express.json({ limit: base64Length(services.files.maxBytes) + 100_000 }),
    // the caller is known before Apollo runs, so every transaction of the request runs as them (the audit trail)
    asyncRoute(async (req, res, next) => {
      try {
        const requestId = req.get('x-request-id')?.slice(0, 100) || randomUUID();
        res.setHeader('x-request-id', requestId);
        const token = bearerToken(req.get('authorization'));
        const caller = token ? await services.auth.authenticate(token) : null;
        res.locals.graphql = { requestId, caller, token: caller ? token : null } satisfies GraphqlCaller;
        actingAs({ userId: caller?.user.id ?? null, requestId, origin: 'graphql' }, next);
      } catch (error) {
        next(error);
      }
    }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const { requestId, caller, token } = res.locals.graphql as GraphqlCaller;
        return buildContext(db, { requestId, address: req.ip ?? '', token, services, now: clock, live }, caller);
      },
    }),
  );
  app.use(errorHandler);
  const closeSubscriptions: Array<() => Promise<void>> = [];
  const subscriptionsOn = (httpServer: Server) => {
    closeSubscriptions.push(
      serveSubscriptions(httpServer, schema, config.production, async (token) => {
        const caller = await services.auth.authenticate(token);
        return caller
          ? buildContext(db, { requestId: randomUUID(), address: '', token, services, now: clock, live }, caller)
          : null;
      }),
    );
  };
  if (options.httpServer) subscriptionsOn(options.httpServer);
  return {
    app,
    services,
    beginShutdown: () => {
      draining = true;
    },
    serveSubscriptions: subscriptionsOn,
    live,
    stop: async () => {
      for (const close of closeSubscriptions) await close();
      await live.stop();
      await apollo.stop();
      closeAdmin();
      services.files.close();
    },
  };
}
