import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import S3rver from '@20minutes/s3rver';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { resolveCaller } from '../../../src/auth/caller.js';
import { DatabaseFileStore, type S3Settings } from '../../../src/files/file-store.js';
import { AttachmentOwner, AttachmentPurpose } from '../../../src/files/files.enums.js';
import { FilesService } from '../../../src/files/files.service.js';
import { accessCity, type AccessRows } from '../../factories/access-city.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'), Buffer.alloc(64, 0x20)]);
const ATTACH = `mutation($input: AttachFileInput!) { attachFile(input: $input) { id mediaType byteSize } }`;
const BUCKET = 'tep-dinh-kem';

/**
 * Attachments in an S3-compatible bucket: s3rver (an S3 server in Node) listens on loopback and the app talks
 * to it with the real AWS SDK over HTTP, signed, as it would to a provider's store.
 */
describe('attachments in an S3-compatible store', () => {
  let t: TestApp;
  let rows: AccessRows;
  let canbo: string;
  let server: S3rver;
  let directory: string;
  let bucket: S3Client;
  const events: string[] = [];
  const item = () => rows.FeedbackItem.own as string;
  const attach = (name: string, bytes: Buffer) =>
    t.gql(
      ATTACH,
      {
        input: {
          owner: 'FEEDBACK_ITEM',
          ownerId: item(),
          purpose: 'REPLY',
          file: { name, contentBase64: bytes.toString('base64') },
        },
      },
      canbo,
    );
  const inBucket = (key: string) =>
    bucket.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key })).then(
      () => true,
      (error: { name?: string }) => (error.name === 'NotFound' ? false : Promise.reject(error)),
    );

  beforeAll(async () => {
    directory = mkdtempSync(path.join(tmpdir(), 'congvu-s3-'));
    server = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory,
      configureBuckets: [{ name: BUCKET }],
    });
    server.on('event', (event) =>
      events.push(...event.Records.map((record) => `${record.eventName} ${record.s3.object.key}`)),
    );
    const { port } = await server.run();
    const settings: S3Settings = {
      bucket: BUCKET,
      endpoint: `http://127.0.0.1:${port}`,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    };
    bucket = new S3Client({
      ...settings,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
    t = await createTestApp({ s3: settings });
    ({ rows } = await accessCity(t));
    canbo = await t.login('canbo');
  });
  afterAll(async () => {
    bucket?.destroy();
    await t?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('keeps the bytes as an object under a random key, the row in PostgreSQL, and serves them back', async () => {
    const answer = await attach('Văn bản trả lời.pdf', PDF);
    expect(answer.errors).toBeUndefined();
    const id = answer.data?.attachFile.id;
    const [row] = await t.db.query(`SELECT storage, storage_key, sha256 FROM attachment WHERE id = $1`, [id]);
    expect(row).toMatchObject({ storage: 'S3', storage_key: expect.stringMatching(/^attachments\/[0-9a-f-]{36}$/) });
    expect(row.storage_key).not.toContain(id);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM attachment_content`)).toEqual([{ n: 0 }]);

    const object = await bucket.send(new GetObjectCommand({ Bucket: BUCKET, Key: row.storage_key }));
    expect(object.ContentType).toBe('application/pdf');
    expect(
      Buffer.from(await (object.Body as { transformToByteArray(): Promise<Uint8Array> }).transformToByteArray()),
    ).toEqual(PDF);

    const download = await request(t.app)
      .get(`/files/${id}`)
      .set('authorization', `Bearer ${canbo}`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk)).on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.body).toEqual(PDF);
  });

  it('still serves a file kept in PostgreSQL before the bucket was configured', async () => {
    const [user] = await t.db.query(`SELECT id, person_id FROM app_user WHERE username = 'canbo'`);
    const caller = await resolveCaller(
      t.db.manager,
      { id: user.id, username: 'canbo', roles: [], personId: user.person_id },
      '2026-11-10',
    );
    const before = new FilesService(t.db, new DatabaseFileStore(), 1_000_000);
    const old = await before.attach(caller, {
      owner: AttachmentOwner.FEEDBACK_ITEM,
      ownerId: item(),
      purpose: AttachmentPurpose.REPLY,
      fileName: 'cu.pdf',
      bytes: PDF,
    });
    expect(old.storage).toBe('DATABASE');
    const content = await t.gql(
      `query($id: ID!) { attachmentContent(id: $id) { contentBase64 } }`,
      { id: old.id },
      canbo,
    );
    expect(content.data?.attachmentContent.contentBase64).toBe(PDF.toString('base64'));
  });

  it('a transaction that fails after the object was written takes the object back: no row, no object', async () => {
    // a deferred check refuses the row at COMMIT, once the object is in the bucket
    await t.db.query(
      `CREATE FUNCTION test_refuse_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused at commit'; END $$`,
    );
    await t.db.query(
      `CREATE CONSTRAINT TRIGGER test_refuse_at_commit AFTER INSERT ON attachment DEFERRABLE INITIALLY DEFERRED
       FOR EACH ROW WHEN (NEW.file_name = 'hong.pdf') EXECUTE FUNCTION test_refuse_at_commit()`,
    );
    const rowsBefore = (await t.db.query(`SELECT count(*)::int AS n FROM attachment`))[0].n;
    events.length = 0;
    const refused = await attach('hong.pdf', PDF);
    expect(refused.errors?.[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(refused.errors?.[0].message).not.toContain('refused at commit');
    expect(events).toEqual([
      expect.stringMatching(/^ObjectCreated:Put attachments\//),
      expect.stringMatching(/^ObjectRemoved:Delete attachments\//),
    ]);
    const key = events[0].split(' ')[1];
    expect(events[1].split(' ')[1]).toBe(key);
    expect(await inBucket(key)).toBe(false);
    const [kept] = await t.db.query(`SELECT storage_key FROM attachment WHERE storage = 'S3'`);
    expect(await inBucket(kept.storage_key)).toBe(true);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM attachment`))[0].n).toBe(rowsBefore);
  });

  it('refuses to serve an object changed in the bucket behind the app’s back (its SHA-256 no longer matches)', async () => {
    const [row] = await t.db.query(
      `SELECT id, storage_key FROM attachment WHERE storage = 'S3' ORDER BY created_at LIMIT 1`,
    );
    await bucket.send(
      new PutObjectCommand({
        Bucket: BUCKET,
        Key: row.storage_key,
        Body: Buffer.from('%PDF-1.7 khác'),
        ContentType: 'application/pdf',
      }),
    );
    const download = await request(t.app).get(`/files/${row.id}`).set('authorization', `Bearer ${canbo}`);
    expect(download.status).toBe(500);
    expect(download.text).not.toContain('khác');
  });

  it('with the store unreachable, an upload is refused and writes nothing', async () => {
    await new Promise<void>((resolve, reject) => server.close((error?: Error) => (error ? reject(error) : resolve())));
    const rowsBefore = (await t.db.query(`SELECT count(*)::int AS n FROM attachment`))[0].n;
    const refused = await attach('khong-gui-duoc.pdf', PDF);
    expect(refused.errors?.[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect((await t.db.query(`SELECT count(*)::int AS n FROM attachment`))[0].n).toBe(rowsBefore);
  });
});
