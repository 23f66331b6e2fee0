import { randomUUID } from 'node:crypto';
import type { PageContext } from 'adminjs';
import { actingAs } from '../../src/common/audit-context.js';
import type { Caller } from '../../src/auth/caller.js';
import { AppError, BadInputError, ForbiddenError, UnauthenticatedError } from '../../src/common/errors.js';
import { callerOf } from '../session.js';
import { PAGE_AUDIENCE } from './audience.js';

/** What AdminJS hands a page's handler: the method, the query string and (for POST) the JSON body. */
export interface PageRequest {
  method: string;
  /** the id admin.ts gives every request of the panel */
  requestId?: string;
  query?: Record<string, unknown>;
  payload?: Record<string, unknown>;
}

type PageHandler = (request: PageRequest, response: unknown, context: PageContext) => Promise<unknown>;

/** A refusal as the page shows it: the service's own words, and what blocks (names, links) when it says so. */
export interface PageRefusal {
  ok: false;
  message: string;
  code: string;
  details: Record<string, unknown>;
}

/**
 * One page's handler: GET reads, POST acts through a service. The caller is the session's (re-read on every
 * request); a service's refusal comes back as `{ ok: false, message }` in its own words, never as a 500.
 */
export function page(
  name: keyof typeof PAGE_AUDIENCE,
  read: (caller: Caller, request: PageRequest) => Promise<object>,
  act: (caller: Caller, body: Record<string, unknown>) => Promise<string>,
): PageHandler {
  return async (request, _response, context) => {
    const caller = callerOf(context);
    try {
      if (!caller) throw new UnauthenticatedError();
      if (!PAGE_AUDIENCE[name](caller)) throw new ForbiddenError();
      if (request.method !== 'post') return { ok: true, ...(await read(caller, request)) };
      // the page's writes are the signed-in user's, for the audit trail, as every other action of the panel
      const actor = { userId: caller.user.id, requestId: request.requestId ?? randomUUID(), origin: 'admin' };
      return { ok: true, message: await actingAs(actor, () => act(caller, request.payload ?? {})) };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const { code, ...extensions } = error.extensions as Record<string, unknown>;
      const details = Object.fromEntries(Object.entries(extensions).filter(([key]) => key !== 'messageEn'));
      return { ok: false, message: error.message, code: String(code), details } satisfies PageRefusal;
    }
  };
}

export const text = (value: unknown) => (typeof value === 'string' ? value : '');
/** A form part sent as JSON text; anything else is the client's mistake, said as such. */
export function json<T>(value: unknown, field: string): T | null {
  if (typeof value !== 'string' || value === '') return (value as T) ?? null;
  try {
    return JSON.parse(value) as T;
  } catch {
    throw new BadInputError([{ field, message: 'dữ liệu của biểu mẫu không hợp lệ' }], `${field} is not JSON.`);
  }
}
