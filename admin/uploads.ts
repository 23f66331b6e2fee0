import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import type { Caller } from '../src/auth/caller.js';
import { actingAs } from '../src/common/audit-context.js';
import { AppError, BadInputError } from '../src/common/errors.js';
import { asyncRoute, pathParam } from '../src/common/http-errors.js';
import type { Services } from '../src/context.js';
import { AttachmentOwner, AttachmentPurpose } from '../src/files/files.enums.js';
import { sendAttachment } from '../src/files/files.route.js';
import { peopleImportTemplate } from '../src/people/import/people-import.template.js';
import { callerOf } from './session.js';
import { enumValue } from '../src/common/enum-value.js';
import { text } from './pages/page.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const callerOfRequest = (req: Request): Caller | null =>
  callerOf({ currentAdmin: (req.session as { adminUser?: unknown } | undefined)?.adminUser });

/** A refusal the panel's pages show as it is: the service's Vietnamese message and the fields it names. */
function refusal(res: Response, error: unknown): void {
  if (!(error instanceof AppError)) throw error;
  const status = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 }[error.code as string] ?? 400;
  res
    .status(status)
    .json({ ok: false, code: error.code, message: error.message, fields: error.extensions.fields ?? [] });
}

/**
 * The panel's file uploads and downloads, signed-in users only. An upload is the file's bytes as the body
 * (application/octet-stream, at most the configured size, refused from its length before it is read), kept in
 * memory — never a multipart form, never the temporary folder; the name and the rest come in the query string.
 */
export function uploadRoutes(services: Services, follow: RequestHandler): Router {
  const router = express.Router();
  const body = express.raw({ type: 'application/octet-stream', limit: services.files.maxBytes });
  const signedIn: RequestHandler = (req, res, next) => {
    if (!callerOfRequest(req)) {
      res.status(401).json({ ok: false, code: 'UNAUTHENTICATED', message: 'Chưa đăng nhập hoặc phiên đã hết hạn.' });
      return;
    }
    if (req.method === 'POST' && !req.is('application/octet-stream')) {
      res
        .status(415)
        .json({ ok: false, code: 'BAD_USER_INPUT', message: 'Tệp phải được gửi dưới dạng application/octet-stream.' });
      return;
    }
    next();
  };
  const asUser = <T>(req: Request, caller: Caller, work: () => Promise<T>) =>
    actingAs(
      { userId: caller.user.id, requestId: (req as Request & { requestId?: string }).requestId ?? '', origin: 'admin' },
      work,
    );
  const bytesOf = (req: Request) => (Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0));

  /** An upload: the work runs as the signed-in user, its answer merged into `ok: true`; a refusal as pages show it. */
  const upload = (path: string, work: (req: Request, caller: Caller) => Promise<Record<string, unknown>>) =>
    router.post(
      path,
      follow,
      signedIn,
      body,
      asyncRoute(async (req, res) => {
        const caller = callerOfRequest(req) as Caller;
        try {
          res.json({ ok: true, ...(await asUser(req, caller, () => work(req, caller))) });
        } catch (error) {
          refusal(res, error);
        }
      }),
    );

  upload('/uploads/people-import', async (req, caller) => ({
    report: await services.peopleImport.run(caller, bytesOf(req), { apply: req.query.apply === '1' }),
  }));

  router.get(
    '/imports/people/template.xlsx',
    follow,
    signedIn,
    asyncRoute(async (req, res) => {
      if (!services.peopleImport.mayImport(callerOfRequest(req) as Caller)) {
        res.status(403).json({ ok: false, code: 'FORBIDDEN' });
        return;
      }
      res.setHeader('content-type', XLSX);
      res.setHeader('content-disposition', 'attachment; filename="mau-nhap-can-bo.xlsx"');
      res.send(await peopleImportTemplate());
    }),
  );

  upload('/uploads/attachments', async (req, caller) => {
    const owner = enumValue(AttachmentOwner, req.query.owner);
    const purpose = enumValue(AttachmentPurpose, req.query.purpose);
    if (!owner || !purpose)
      throw new BadInputError(
        [{ field: owner ? 'purpose' : 'owner', message: 'thiếu loại hồ sơ hoặc loại tệp' }],
        'The owner and the purpose are required.',
      );
    const attachment = await services.files.attach(caller, {
      owner,
      ownerId: text(req.query.ownerId),
      purpose,
      fileName: text(req.query.name),
      bytes: bytesOf(req),
    });
    return { attachment };
  });

  router.get(
    '/files/:id',
    follow,
    signedIn,
    asyncRoute(async (req, res) => sendAttachment(services.files, callerOfRequest(req), pathParam(req, 'id'), res)),
  );
  return router;
}
