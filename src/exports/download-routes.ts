import express, { type Request, type Response, type Router } from 'express';
import type { Caller } from '../auth/caller.js';
import { AppError, ForbiddenError, UnauthenticatedError } from '../common/errors.js';
import { asyncRoute, pathParam } from '../common/http-errors.js';
import type { Services } from '../context.js';
import { formatOf, render, type Download } from '../forms/forms.js';
import { payoutPolicy } from '../income/income.policy.js';
import { evaluationsFilterOf, peopleFilterOf } from './list-exports.js';
import { XLSX_CONTENT_TYPE } from './xlsx.js';

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  INVALID_STATE: 409,
};

/** The file as an attachment, never cached (it holds personal results); a refusal as JSON with its code and message. */
async function send(
  res: Response,
  caller: Caller | null,
  produce: (caller: Caller) => Promise<Download>,
): Promise<void> {
  try {
    if (!caller) throw new UnauthenticatedError();
    const { filename, contentType, body } = await produce(caller);
    res.setHeader('content-type', contentType);
    res.setHeader('content-disposition', `attachment; filename="${filename}"`);
    res.setHeader('cache-control', 'no-store');
    res.send(body);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const code = String(error.extensions.code);
    res.status(STATUS[code] ?? 409).json({ errors: [{ message: error.message, extensions: error.extensions }] });
  }
}

/**
 * The downloads — official forms (PDF, DOCX) and Excel exports — for GraphQL clients (mounted at the root, the
 * caller from the bearer token) and for the panel (under /admin, the caller from the session). Each asks the
 * policy of what it shows, with the caller resolved on the day of the request.
 */
export function downloadRoutes(services: Services, callerOf: (req: Request) => Promise<Caller | null>): Router {
  const router = express.Router();
  const { exports } = services;
  const route = (path: string, produce: (req: Request, caller: Caller) => Promise<Download>) =>
    router.get(
      path,
      asyncRoute(async (req, res) => send(res, await callerOf(req), (caller) => produce(req, caller))),
    );

  route('/exports/forms/evaluations/:id.:format', async (req, caller) =>
    render(await exports.evaluationForm(caller, pathParam(req, 'id')), formatOf(pathParam(req, 'format'))),
  );
  route('/exports/forms/summaries/:periodId/:unitId.:format', async (req, caller) =>
    render(
      await exports.summaryForm(
        caller,
        pathParam(req, 'periodId'),
        pathParam(req, 'unitId'),
        req.query.includeSubunits === 'true',
      ),
      formatOf(pathParam(req, 'format')),
    ),
  );
  route('/exports/forms/initiatives/:id.:format', async (req, caller) =>
    render(await exports.initiativeMinutesForm(caller, pathParam(req, 'id')), formatOf(pathParam(req, 'format'))),
  );
  route('/exports/lists/evaluations.xlsx', (req, caller) =>
    exports.evaluationsXlsx(caller, evaluationsFilterOf(req.query)),
  );
  route('/exports/lists/people.xlsx', (req, caller) => exports.peopleXlsx(caller, peopleFilterOf(req.query)));
  route('/exports/payouts/:periodId.xlsx', async (req, caller) => {
    if (!payoutPolicy.can(caller, 'export')) throw new ForbiddenError();
    return { ...(await services.income.payoutsXlsx(pathParam(req, 'periodId'))), contentType: XLSX_CONTENT_TYPE };
  });
  return router;
}
