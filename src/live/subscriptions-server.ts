import { getOperationAST, GraphQLError, OperationTypeNode, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Server } from 'node:http';
import { WebSocketServer } from 'ws';
import { documentLimits } from '../common/query-limits.js';
import type { RequestContext } from '../context.js';

/** The bearer token of a connection: `connectionParams: { authorization: 'Bearer …' }`, as clients send it over HTTP. */
function bearerOf(params: Record<string, unknown> | undefined): string | null {
  const header = params?.authorization ?? params?.Authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1] ?? null;
}

/**
 * graphql-ws on the HTTP server's `/graphql`: a connection without a valid bearer token is closed (4403) before
 * any subscription; each subscription gets a context of its own, as a request does, so the same policies apply,
 * and its document the same bounds as a query's (tokens, depth, aliases, directives, cost), refused before it runs.
 */
export function serveSubscriptions(
  httpServer: Server,
  schema: GraphQLSchema,
  production: boolean,
  contextFor: (token: string) => Promise<RequestContext | null>,
): () => Promise<void> {
  const sockets = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const bounded = documentLimits(schema, production);
  const server = useServer<Record<string, unknown>, { token?: string }>(
    {
      schema,
      onConnect: async (ctx) => {
        const token = bearerOf(ctx.connectionParams);
        if (!token || !(await contextFor(token))) return false;
        ctx.extra.token = token;
        return true;
      },
      onSubscribe: (_ctx, _id, payload) => {
        const checked = bounded(payload);
        if ('errors' in checked) return checked.errors;
        // queries and mutations go over HTTP, where the audit actor, the login throttle and the error masking live
        if (getOperationAST(checked.document, payload.operationName)?.operation !== OperationTypeNode.SUBSCRIPTION)
          return [
            new GraphQLError('Qua WebSocket chỉ nhận subscription; truy vấn và thay đổi gửi qua HTTP.', {
              extensions: { code: 'BAD_REQUEST', messageEn: 'Only subscriptions are served over WebSocket.' },
            }),
          ];
        return {
          schema,
          document: checked.document,
          operationName: payload.operationName,
          variableValues: payload.variables,
        };
      },
      context: async (ctx) => (await contextFor(ctx.extra.token as string)) ?? undefined,
    },
    sockets,
  );
  return async () => {
    await server.dispose();
    await new Promise((resolve) => {
      sockets.close(resolve);
    });
  };
}
