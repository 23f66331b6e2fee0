import type { Response } from 'express';
import type { Caller } from '../auth/caller.js';
import { AppError } from '../common/errors.js';
import type { FilesService } from './files.service.js';

/**
 * Answers the download of an attachment, for GraphQL clients (bearer) and the panel (session): the type found
 * from the content, always as a download (never rendered in the app's origin).
 */
export async function sendAttachment(
  files: FilesService,
  caller: Caller | null,
  id: string,
  res: Response,
): Promise<void> {
  if (!caller) {
    res.status(401).json({ code: 'UNAUTHENTICATED' });
    return;
  }
  try {
    const { attachment, bytes } = await files.content(caller, id);
    res.setHeader('content-type', attachment.mediaType);
    res.setHeader('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`);
    res.setHeader('cache-control', 'private, no-store');
    res.send(bytes);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    res.status(404).json({ code: error.code, message: error.message });
  }
}
