import type { EntityManager } from 'typeorm';
import type { Caller } from '../auth/caller.js';
import { appendScope } from '../auth/policy.js';
import { isWellFormedId } from '../common/ids.js';
import type { AttachmentOwner, AttachmentPurpose, FileStorage } from './files.enums.js';
import { attachmentPolicy, OWNER_KINDS, OWNER_UNIT_COLUMN, OWNERS } from './files.policy.js';
import { queryOne, queryRows } from '../common/queries.js';

export interface AttachmentRow {
  id: string;
  owner: AttachmentOwner;
  ownerId: string;
  purpose: AttachmentPurpose;
  fileName: string;
  mediaType: string;
  byteSize: number;
  sha256: string;
  storage: FileStorage;
  storageKey: string | null;
  uploadedBy: string | null;
  createdAt: Date;
}

const OWNER_CASE = `CASE ${OWNER_KINDS.map((kind) => `WHEN a.${OWNERS[kind].column} IS NOT NULL THEN '${kind}'`).join(' ')} END`;
const OWNER_ID = `coalesce(${OWNER_KINDS.map((kind) => `a.${OWNERS[kind].column}`).join(', ')})`;
const COLUMNS = `a.id, ${OWNER_CASE} AS owner, ${OWNER_ID} AS "ownerId", a.purpose, a.file_name AS "fileName", a.media_type AS "mediaType",
  a.byte_size AS "byteSize", a.sha256, a.storage, a.storage_key AS "storageKey", u.username AS "uploadedBy", a.created_at AS "createdAt"`;

/** The files of one record, oldest first (the caller has been shown to see the record). */
export async function attachmentsOf(
  em: EntityManager,
  owner: AttachmentOwner,
  ownerId: string,
): Promise<AttachmentRow[]> {
  return queryRows(
    em,
    `SELECT ${COLUMNS} FROM attachment a LEFT JOIN app_user u ON u.id = a.uploaded_by_user_id
      WHERE a.${OWNERS[owner].column} = $1 ORDER BY a.created_at, a.id`,
    [ownerId],
  );
}

/** One file, if the caller sees the record it hangs on. */
export async function visibleAttachment(em: EntityManager, caller: Caller, id: string): Promise<AttachmentRow | null> {
  if (!isWellFormedId(id)) return null;
  const params: unknown[] = [id];
  const scope = appendScope(attachmentPolicy.scope(caller), 'a', params);
  const row = await queryOne<AttachmentRow>(
    em,
    `SELECT ${COLUMNS} FROM attachment a LEFT JOIN app_user u ON u.id = a.uploaded_by_user_id WHERE a.id = $1 AND ${scope}`,
    params,
  );
  return row ?? null;
}

/** The record a file would be attached to, as `mayAttach` reads it (its unit), or null when there is none; `lock`
 * holds it (FOR SHARE) until the transaction ends, so that it cannot go while the file is written. */
export function attachmentOwner(
  em: EntityManager,
  owner: AttachmentOwner,
  ownerId: string,
  { lock = false }: { lock?: boolean } = {},
): Promise<{ unitId: string | null } | null> {
  const unitColumn = OWNER_UNIT_COLUMN[owner];
  return queryOne<{ unitId: string | null }>(
    em,
    `SELECT ${unitColumn ?? 'NULL::uuid'} AS "unitId" FROM ${OWNERS[owner].policy.table} WHERE id = $1${lock ? ' FOR SHARE' : ''}`,
    [ownerId],
  );
}

/** A new attachment's row (its bytes are the file store's); its id. */
export async function insertAttachment(
  em: EntityManager,
  owner: AttachmentOwner,
  row: Omit<AttachmentRow, 'id' | 'owner' | 'uploadedBy' | 'createdAt'> & { uploadedByUserId: string },
): Promise<string> {
  const inserted = await queryOne<{ id: string }>(
    em,
    `INSERT INTO attachment (${OWNERS[owner].column}, purpose, file_name, media_type, byte_size, sha256, storage, storage_key, uploaded_by_user_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      row.ownerId,
      row.purpose,
      row.fileName,
      row.mediaType,
      row.byteSize,
      row.sha256,
      row.storage,
      row.storageKey,
      row.uploadedByUserId,
    ],
  );
  if (!inserted) throw new Error('INSERT … RETURNING id gave no row');
  return inserted.id;
}
