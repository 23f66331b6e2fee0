import { randomUUID } from 'node:crypto';
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { EntityManager } from 'typeorm';
import { FileStorage } from './files.enums.js';
import { queryOne } from '../common/queries.js';

/** What a store needs to find an attachment's bytes: the row's id and the key recorded on it. */
export interface StoredFile {
  id: string;
  storageKey: string | null;
}

/**
 * Where attachments' bytes live. PostgreSQL by default (the embedded install needs nothing else), or an
 * S3-compatible bucket; the row that describes a file always stays in PostgreSQL, with the policies that guard it.
 */
export interface FileStore {
  readonly kind: FileStorage;
  /** The key a new attachment's bytes will have, recorded on its row (null: the bytes are found by the row's id). */
  newKey(): string | null;
  /** Keeps the bytes of a new attachment, inside the transaction that records it, after its row. */
  put(em: EntityManager, file: StoredFile, bytes: Buffer, mediaType: string): Promise<void>;
  /** Takes back the bytes of a put whose transaction did not commit (what the rollback did not undo). */
  discard(key: string): Promise<void>;
  get(em: EntityManager, file: StoredFile): Promise<Buffer>;
  /** Lets go of the store's connections when the app stops. */
  close(): void;
}

/** The bytes in attachment_content, written in the same transaction as the row: a rolled-back upload leaves nothing. */
export class DatabaseFileStore implements FileStore {
  readonly kind = FileStorage.DATABASE;

  newKey(): null {
    return null;
  }

  async put(em: EntityManager, file: StoredFile, bytes: Buffer): Promise<void> {
    await em.query(`INSERT INTO attachment_content (attachment_id, content) VALUES ($1, $2)`, [file.id, bytes]);
  }

  async discard(): Promise<void> {
    // the rollback took the bytes with the row
  }

  async get(em: EntityManager, file: StoredFile): Promise<Buffer> {
    const row = await queryOne<{ content: Buffer }>(
      em,
      `SELECT content FROM attachment_content WHERE attachment_id = $1`,
      [file.id],
    );
    if (!row) throw new Error(`attachment ${file.id}: its content is missing from attachment_content`);
    return row.content;
  }

  close(): void {
    // the database's pool is closed with the data source
  }
}

/** An S3-compatible bucket (S3_* settings): AWS, or a provider's or one's own server by its endpoint. */
export interface S3Settings {
  bucket: string;
  /** unset: AWS's own endpoint for the region */
  endpoint?: string;
  region: string;
  /** bucket in the path (most S3-compatible servers) rather than in the host name */
  forcePathStyle: boolean;
  /** unset: the SDK's usual chain (AWS_* variables, the instance's role) */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

/**
 * The bytes as objects under a random key, written from inside the transaction that records the row (after the
 * caller's right to attach was checked) and deleted again if that transaction does not commit. Only a process
 * that dies between the write and the commit leaves an object no row names (see README, "Files on records").
 */
export class S3FileStore implements FileStore {
  readonly kind = FileStorage.S3;
  private readonly client: S3Client;

  constructor(private readonly settings: S3Settings) {
    this.client = new S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      credentials: settings.credentials,
      // checksums only where S3 requires them: many S3-compatible servers refuse the newer trailing checksums;
      // the row's SHA-256 is checked on every read instead
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      // well under the database's idle-in-transaction limit (60 s): the transaction waits for the write
      requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000 },
    });
  }

  newKey(): string {
    return `attachments/${randomUUID()}`;
  }

  async put(_em: EntityManager, file: StoredFile, bytes: Buffer, mediaType: string): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.settings.bucket,
        Key: this.keyOf(file),
        Body: bytes,
        ContentType: mediaType,
        ContentLength: bytes.length,
      }),
    );
  }

  async discard(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: key }));
  }

  async get(_em: EntityManager, file: StoredFile): Promise<Buffer> {
    const object = await this.client.send(
      new GetObjectCommand({ Bucket: this.settings.bucket, Key: this.keyOf(file) }),
    );
    if (!object.Body) throw new Error(`attachment ${file.id}: the store answered no content`);
    return Buffer.from(await object.Body.transformToByteArray());
  }

  close(): void {
    this.client.destroy();
  }

  private keyOf(file: StoredFile): string {
    if (!file.storageKey) throw new Error(`attachment ${file.id} has no key in the S3 store`);
    return file.storageKey;
  }
}
