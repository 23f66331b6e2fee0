import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { MAX_FORM_BYTES } from '../../../admin/admin.js';
import { Role } from '../../../src/auth/auth.enums.js';
import { makePerson, makeUser } from '../../factories/scenario.js';
import { adminAgent } from '../../support/admin.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

/** What a multipart form with one file part looks like on the wire. */
function multipartWithFile(fields: Record<string, string>, file: { name: string; bytes: number }) {
  const boundary = 'congvu-test-boundary';
  const parts = Object.entries(fields).map(
    ([name, value]) => `--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  parts.push(
    `--${boundary}\r\ncontent-disposition: form-data; name="upload"; filename="${file.name}"\r\ncontent-type: application/octet-stream\r\n\r\n${'x'.repeat(file.bytes)}\r\n`,
  );
  return { type: `multipart/form-data; boundary=${boundary}`, body: `${parts.join('')}--${boundary}--\r\n` };
}

describe("the panel's form bodies: bounded, no uploads, nothing left in the temporary folder", () => {
  let t: TestApp;
  let uploads: string;
  const previousTmp = process.env.TMPDIR;

  beforeAll(async () => {
    t = await createTestApp();
    await makeUser(t.db, 'noivu', [Role.HOME_AFFAIRS]);
    // formidable writes uploads to os.tmpdir(): a folder of this test's own, to see what would be left there
    uploads = mkdtempSync(path.join(tmpdir(), 'congvu-uploads-'));
    process.env.TMPDIR = uploads;
  });
  afterAll(async () => {
    process.env.TMPDIR = previousTmp;
    await t.close();
  });

  it('a 50 MB multipart POST to /admin/login is refused from its headers alone (413), nothing kept', async () => {
    const server = t.app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const status = await new Promise<number>((resolve, reject) => {
        const req = httpRequest({
          host: '127.0.0.1',
          port: (server.address() as AddressInfo).port,
          method: 'POST',
          path: '/admin/login',
          headers: { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(50 * 1024 * 1024) },
        });
        req.on('response', (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        });
        req.on('error', reject);
        req.write('--x\r\ncontent-disposition: form-data; name="f"; filename="big.bin"\r\n\r\n');
      });
      expect(status).toBe(413);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
    expect(readdirSync(uploads)).toEqual([]);
  });

  it('a small multipart upload to /admin/login, without a session, is refused (415) and nothing is written', async () => {
    const form = multipartWithFile({ email: 'noivu', password: 'x' }, { name: 'a.bin', bytes: 10_000 });
    const response = await request(t.app).post('/admin/login').set('content-type', form.type).send(form.body);
    expect(response.status).toBe(415);
    expect(response.text).not.toMatch(/at .*\.js|formidable/);
    expect(readdirSync(uploads)).toEqual([]);
  });

  it('signed in, a record form posted as multipart (as the panel posts it) is saved, but one with a file part is refused', async () => {
    const agent = await adminAgent(t, 'noivu');
    const person = await makePerson(t.db, 'Trước Khi Sửa');
    const url = `/admin/api/resources/Person/records/${person.id}/edit`;

    const withFile = multipartWithFile(
      { fullName: 'Kèm Tệp', staffType: person.staffType },
      { name: 'x.exe', bytes: 1_000 },
    );
    const refused = await agent.post(url).set('content-type', withFile.type).send(withFile.body);
    expect(refused.status).toBe(415);
    expect(readdirSync(uploads)).toEqual([]);
    expect(await t.db.query(`SELECT full_name FROM person WHERE id = $1`, [person.id])).toEqual([
      { full_name: 'Trước Khi Sửa' },
    ]);

    const saved = await agent.post(url).field('fullName', 'Sau Khi Sửa').field('staffType', person.staffType);
    expect(saved.body.notice).toMatchObject({ type: 'success' });
    expect(await t.db.query(`SELECT full_name FROM person WHERE id = $1`, [person.id])).toEqual([
      { full_name: 'Sau Khi Sửa' },
    ]);
  });

  it('fields over the cap are refused with 413', async () => {
    const agent = await adminAgent(t, 'noivu');
    const person = await makePerson(t.db);
    const response = await agent
      .post(`/admin/api/resources/Person/records/${person.id}/edit`)
      .type('form')
      .send({ fullName: 'x'.repeat(MAX_FORM_BYTES + 1) });
    expect(response.status).toBe(413);
  });
});
