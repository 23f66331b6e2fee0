import { createHash } from 'node:crypto';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller.js';
import { assertVisible } from '../auth/policy.js';
import { BadInputError, ForbiddenError, NotFoundError } from '../common/errors.js';
import { inTransaction } from '../common/transaction.js';
import { logger } from '../common/logger.js';
import { sniff } from './content-type.js';
import { DatabaseFileStore, type FileStore } from './file-store.js';
import { FileStorage, type AttachmentOwner, type AttachmentPurpose } from './files.enums.js';
import { OWNERS } from './files.policy.js';
import {
  attachmentOwner,
  attachmentsOf,
  insertAttachment,
  visibleAttachment,
  type AttachmentRow,
} from './files.queries.js';

/** What may be attached, told by the content: PDF, Word and Excel (Office Open XML), OpenDocument, JPEG and PNG. */
export const ALLOWED_MEDIA_TYPES: Readonly<Record<string, string>> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (.docx)',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel (.xlsx)',
  'application/vnd.oasis.opendocument.text': 'OpenDocument (.odt)',
  'application/vnd.oasis.opendocument.spreadsheet': 'OpenDocument (.ods)',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
};

export interface NewAttachment {
  owner: AttachmentOwner;
  ownerId: string;
  purpose: AttachmentPurpose;
  fileName: string;
  bytes: Buffer;
}

const megabytes = (bytes: number) => `${String(Math.round((bytes / 1_048_576) * 10) / 10)} MB`;

/** A name safe to show and to offer on download: no folders, no control characters, at most 255 characters. */
export function cleanFileName(name: string, extension: string): string {
  const base = path
    .basename(name.replace(/\\/g, '/'))
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .normalize('NFC')
    .trim();
  return (base || `tep-dinh-kem.${extension}`).slice(-255);
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Files attached to records: seen by whoever sees the record (its own policy), added by those who write it,
 * size-capped and checked by their content, never by their name; never changed or deleted. New files go to
 * `store`; files kept in PostgreSQL before an S3 store was configured are still read from there.
 */
export class FilesService {
  private readonly database = new DatabaseFileStore();

  constructor(
    private readonly db: DataSource,
    private readonly store: FileStore,
    readonly maxBytes: number,
  ) {}

  async attach(caller: Caller, input: NewAttachment): Promise<AttachmentRow> {
    const owner = OWNERS[input.owner];
    if (!owner.purposes.includes(input.purpose)) {
      throw new BadInputError(
        [{ field: 'purpose', message: `không dùng cho ${owner.what[0]}` }],
        `Purpose ${input.purpose} does not apply to ${owner.what[1]}.`,
      );
    }
    if (input.bytes.length === 0)
      throw new BadInputError([{ field: 'file', message: 'tệp rỗng' }], 'The file is empty.');
    if (input.bytes.length > this.maxBytes) {
      throw new BadInputError(
        [
          {
            field: 'file',
            message: `tệp ${megabytes(input.bytes.length)}, vượt mức tối đa ${megabytes(this.maxBytes)}`,
          },
        ],
        `The file is over ${String(this.maxBytes)} bytes.`,
      );
    }
    const type = await sniff(input.bytes);
    if (!type || !ALLOWED_MEDIA_TYPES[type.mediaType]) {
      throw new BadInputError(
        [{ field: 'file', message: `nội dung tệp không phải ${Object.values(ALLOWED_MEDIA_TYPES).join(', ')}` }],
        `The content is not an accepted type${type ? ` (found ${type.mediaType})` : ''}.`,
      );
    }
    const key = this.store.newKey();
    // an object, not a local: the transaction's callback sets it
    const attempt = { put: false };
    try {
      return await inTransaction(this.db, async (em) => {
        await assertVisible(em, owner.policy, caller, input.ownerId, owner.what);
        const record = await attachmentOwner(em, input.owner, input.ownerId, { lock: true });
        if (!record) throw new NotFoundError(...owner.what);
        if (!owner.mayAttach(caller, record))
          throw new ForbiddenError(
            `Bạn không đính kèm được tệp vào ${owner.what[0]} này.`,
            `You may not attach files to this ${owner.what[1]}.`,
          );
        const id = await insertAttachment(em, input.owner, {
          ownerId: input.ownerId,
          purpose: input.purpose,
          fileName: cleanFileName(input.fileName, type.extension),
          mediaType: type.mediaType,
          byteSize: input.bytes.length,
          sha256: sha256(input.bytes),
          storage: this.store.kind,
          storageKey: key,
          uploadedByUserId: caller.user.id,
        });
        attempt.put = true;
        await this.store.put(em, { id, storageKey: key }, input.bytes, type.mediaType);
        return (await attachmentsOf(em, input.owner, input.ownerId)).find((row) => row.id === id) as AttachmentRow;
      });
    } catch (error) {
      // the transaction (or its commit) failed once the object may have been written: no row names it, take it back
      if (attempt.put && key !== null) {
        await this.store.discard(key).catch((cleanup: unknown) => {
          logger.error({ err: cleanup, key }, 'an attachment object no row names was left in the file store');
        });
      }
      throw error;
    }
  }

  /** Whether the caller may attach files to a record they see. */
  async mayAttach(caller: Caller, owner: AttachmentOwner, ownerId: string): Promise<boolean> {
    const record = await attachmentOwner(this.db.manager, owner, ownerId);
    return record !== null && OWNERS[owner].mayAttach(caller, record);
  }

  /** The files of a record the caller sees (NOT_FOUND otherwise, as for the record itself). */
  async list(caller: Caller, owner: AttachmentOwner, ownerId: string): Promise<AttachmentRow[]> {
    await assertVisible(this.db.manager, OWNERS[owner].policy, caller, ownerId, OWNERS[owner].what);
    return attachmentsOf(this.db.manager, owner, ownerId);
  }

  /** A file's description and bytes, for whoever sees its record. */
  async content(caller: Caller, id: string): Promise<{ attachment: AttachmentRow; bytes: Buffer }> {
    const attachment = await visibleAttachment(this.db.manager, caller, id);
    if (!attachment) throw new NotFoundError('tệp đính kèm', 'Attachment');
    const bytes = await this.storeOf(attachment).get(this.db.manager, attachment);
    if (sha256(bytes) !== attachment.sha256)
      throw new Error(`attachment ${attachment.id}: the stored bytes differ from the SHA-256 recorded at upload`);
    return { attachment, bytes };
  }

  /** Lets go of the store's connections (the app's stop). */
  close(): void {
    this.store.close();
  }

  private storeOf(attachment: AttachmentRow): FileStore {
    if (attachment.storage === this.store.kind) return this.store;
    if (attachment.storage === FileStorage.DATABASE) return this.database;
    throw new Error(`attachment ${attachment.id} is kept in the ${attachment.storage} store, which is not configured`);
  }
}
