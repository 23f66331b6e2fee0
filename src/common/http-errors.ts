import type { ErrorRequestHandler, NextFunction, Request, RequestHandler, Response } from 'express';
import { logger } from './logger.js';

/** SQLSTATE classes and codes that mean "the database is not there right now", not "the request is wrong". */
const UNAVAILABLE_STATES = /^(08|57P0[1-3]|53300)/;
const UNAVAILABLE_NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE']);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (starting up|shutting down)/;

/** The database is down, restarting or refusing connections: worth a 503 and a retry, not a 500. */
export function databaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (UNAVAILABLE_STATES.test(code) || UNAVAILABLE_NETWORK.has(code))) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
    current =
      (current as { driverError?: unknown; cause?: unknown; originalError?: unknown }).driverError ??
      (current as { cause?: unknown }).cause ??
      (current as { originalError?: unknown }).originalError;
  }
  return false;
}

/**
 * A value PostgreSQL cannot take (SQLSTATE class 22: a NUL character, a string too long, a number or a date out
 * of range): the request's fault, answered 400 — found by the mutation fuzz, where it was a 500.
 */
export function invalidData(error: unknown): boolean {
  const driver = (error as { driverError?: { code?: string }; code?: string } | null) ?? {};
  return /^22/.test(driver.driverError?.code ?? driver.code ?? '');
}

/** A statement cancelled by statement_timeout (SQLSTATE 57014). */
export function statementTimedOut(error: unknown): boolean {
  const driver = (error as { driverError?: { code?: string }; code?: string } | null) ?? {};
  return (driver.driverError?.code ?? driver.code) === '57014';
}

/** Express 4 does not catch a rejected promise of a route: this hands it to the error handler instead. */
export function asyncRoute(
  handler: (req: Request, res: Response, next: NextFunction) => Promise<unknown>,
): RequestHandler {
  return (req, res, next) => {
    handler(req, res, next).catch(next);
  };
}

/** A parameter of the route's path (`:id`), which express sets whenever the route matched. */
export function pathParam(req: Request, name: string): string {
  const value = req.params[name];
  if (value === undefined) throw new Error(`${req.path}: the route has no parameter :${name}`);
  return value;
}

const PAGE = (title: string, requestId: string) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title></head>` +
  `<body><h1>${title}</h1><p>Mã yêu cầu: ${requestId}</p></body></html>`;

/**
 * The last error handler: a 4xx keeps its status (malformed JSON, a body too large), the database being away is
 * a 503, anything else a 500 — always a short message and the request id, never a stack, SQL or a constraint
 * name, in every mode. JSON for API callers, a plain page for browsers.
 */
export const errorHandler: ErrorRequestHandler = (error: unknown, req, res, next) => {
  // A response already under way is express's to end; one already sent (formidable reports a refused part
  // twice) has nothing left to say.
  if (res.headersSent) {
    if (!res.writableEnded) next(error);
    return;
  }
  const requestId = String(res.getHeader('x-request-id') ?? req.get('x-request-id') ?? '');
  const declared = Number(
    (error as { status?: unknown; statusCode?: unknown }).status ?? (error as { statusCode?: unknown }).statusCode,
  );
  const status =
    declared >= 400 && declared < 500 ? declared : invalidData(error) ? 400 : databaseUnavailable(error) ? 503 : 500;
  if (status >= 500) logger.error({ err: error, requestId, path: req.path }, 'request failed');
  else logger.info({ status, requestId, path: req.path, reason: (error as Error).message }, 'request refused');
  const [code, message] =
    status === 503
      ? ['SERVICE_UNAVAILABLE', 'Hệ thống tạm thời không truy cập được cơ sở dữ liệu, vui lòng thử lại sau.']
      : status >= 500
        ? ['INTERNAL_SERVER_ERROR', 'Lỗi hệ thống, vui lòng thử lại sau.']
        : status === 413 || status === 411
          ? ['PAYLOAD_TOO_LARGE', 'Dữ liệu gửi lên quá lớn (hoặc không rõ kích thước).']
          : status === 415
            ? ['UNSUPPORTED_MEDIA_TYPE', 'Không nhận tệp tải lên hoặc kiểu dữ liệu này ở đây.']
            : ['BAD_REQUEST', 'Yêu cầu không hợp lệ.'];
  if (status === 503) res.setHeader('retry-after', '5');
  if (req.accepts(['json', 'html']) === 'html' && !req.path.startsWith('/graphql')) {
    res.status(status).type('html').send(PAGE(message, requestId));
  } else {
    res.status(status).json({ errors: [{ message, extensions: { code, requestId } }] });
  }
};
