import type { EntityManager } from 'typeorm';
import { FileStorage } from './files-enums.js';

/**
 * Where attachments' bytes live. PostgreSQL by default (the embedded install needs nothing else); the row that
 * describes a file always stays in PostgreSQL, with the policies that guard it.
 */
export interface FileStore {
  readonly kind: FileStorage;
  /** Keeps the bytes of a new attachment, inside the transaction that records it; answers the key kept on the row. */
  put(em: EntityManager, attachmentId: string, bytes: Buffer, mediaType: string): Promise<string | null>;
  get(em: EntityManager, attachment: { id: string; storageKey: string | null }): Promise<Buffer>;
}

/** The bytes in attachment_content, written in the same transaction as the row: a rolled-back upload leaves nothing. */
export class DatabaseFileStore implements FileStore {
  readonly kind = FileStorage.DATABASE;

  async put(em: EntityManager, attachmentId: string, bytes: Buffer): Promise<null> {
    await em.query(`INSERT INTO attachment_content (attachment_id, content) VALUES ($1, $2)`, [attachmentId, bytes]);
    return null;
  }

  async get(em: EntityManager, attachment: { id: string }): Promise<Buffer> {
    const [row]: Array<{ content: Buffer }> = await em.query(`SELECT content FROM attachment_content WHERE attachment_id = $1`, [attachment.id]);
    return row.content;
  }
}
