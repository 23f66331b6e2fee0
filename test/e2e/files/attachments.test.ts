import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { resolveCaller } from '../../../src/auth/caller.js';
import { DatabaseFileStore } from '../../../src/files/file-store.js';
import { AttachmentOwner, AttachmentPurpose } from '../../../src/files/files.enums.js';
import { FilesService } from '../../../src/files/files.service.js';
import { accessCity, signInAll, WHO, type AccessRows, type Who } from '../../factories/access-city.js';
import { adminAgent } from '../../support/admin.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

/** The smallest files of each kind, as their first bytes say. */
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'), Buffer.alloc(64, 0x20)]);
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a0f7d1ce0000000049454e44ae426082',
  'hex',
);
const b64 = (bytes: Buffer) => bytes.toString('base64');

const ATTACH = `mutation($input: AttachFileInput!) { attachFile(input: $input) { id owner ownerId purpose fileName mediaType byteSize sha256 uploadedBy downloadPath } }`;
/** Who sees ward W1's 1022 item: the city, the district's head, the ward's head and its staff. */
const W1: readonly Who[] = ['admin', 'noivu', 'chutich', 'quan', 'phuong', 'canbo'];

describe('files attached to records: the record’s policy at every door', () => {
  let t: TestApp;
  let rows: AccessRows;
  let tokens: Record<Who, string>;
  const attach = (
    who: Who,
    owner: AttachmentOwner,
    ownerId: string,
    purpose: AttachmentPurpose,
    name: string,
    bytes: Buffer,
  ) => t.gql(ATTACH, { input: { owner, ownerId, purpose, file: { name, contentBase64: b64(bytes) } } }, tokens[who]);

  beforeAll(async () => {
    t = await createTestApp();
    ({ rows } = await accessCity(t));
    tokens = await signInAll(t);
  });
  afterAll(() => t.close());

  it('the assigned unit attaches its reply; the type comes from the content, the name is kept as given', async () => {
    const answer = await attach(
      'canbo',
      AttachmentOwner.FEEDBACK_ITEM,
      rows.FeedbackItem.own as string,
      AttachmentPurpose.REPLY,
      '../../Văn bản trả lời.pdf',
      PDF,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.attachFile).toMatchObject({
      owner: 'FEEDBACK_ITEM',
      purpose: 'REPLY',
      fileName: 'Văn bản trả lời.pdf',
      mediaType: 'application/pdf',
      byteSize: PDF.length,
      uploadedBy: 'canbo',
    });
    const image = await attach(
      'canbo',
      AttachmentOwner.FEEDBACK_ITEM,
      rows.FeedbackItem.own as string,
      AttachmentPurpose.REPLY,
      'anh-hien-truong.pdf',
      PNG,
    );
    expect(image.data?.attachFile).toMatchObject({ fileName: 'anh-hien-truong.pdf', mediaType: 'image/png' });
    const [stored] = await t.db.query(
      `SELECT storage, storage_key, octet_length(c.content) AS n FROM attachment a JOIN attachment_content c ON c.attachment_id = a.id WHERE a.id = $1`,
      [answer.data?.attachFile.id],
    );
    expect(stored).toEqual({ storage: 'DATABASE', storage_key: null, n: PDF.length });
  });

  it('refuses a file whose content is not an accepted type, whatever its name, and one over the size cap', async () => {
    const html = Buffer.from('<html><script>alert(1)</script></html>');
    const refused = await attach(
      'canbo',
      AttachmentOwner.FEEDBACK_ITEM,
      rows.FeedbackItem.own as string,
      AttachmentPurpose.REPLY,
      'tra-loi.pdf',
      html,
    );
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'file', message: expect.stringContaining('nội dung tệp không phải PDF') }],
    });
    const wrongPurpose = await attach(
      'canbo',
      AttachmentOwner.FEEDBACK_ITEM,
      rows.FeedbackItem.own as string,
      AttachmentPurpose.DECISION,
      'qd.pdf',
      PDF,
    );
    expect(wrongPurpose.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const small = new FilesService(t.db, new DatabaseFileStore(), 100);
    const [user] = await t.db.query(`SELECT id, person_id FROM app_user WHERE username = 'canbo'`);
    const caller = await resolveCaller(
      t.db.manager,
      { id: user.id, username: 'canbo', roles: [], personId: user.person_id },
      '2026-11-10',
    );
    await expect(
      small.attach(caller, {
        owner: AttachmentOwner.FEEDBACK_ITEM,
        ownerId: rows.FeedbackItem.own as string,
        purpose: AttachmentPurpose.REPLY,
        fileName: 'x.pdf',
        bytes: PDF,
      }),
    ).rejects.toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'file', message: expect.stringContaining('vượt mức tối đa') }],
      },
    });
    expect(await t.db.query(`SELECT count(*)::int AS n FROM attachment`)).toEqual([{ n: 2 }]);
  });

  it('who may attach: the record’s writers; a record one cannot see is not found', async () => {
    // the district head sees the ward's item but does not handle it
    expect(
      (
        await attach(
          'quan',
          AttachmentOwner.FEEDBACK_ITEM,
          rows.FeedbackItem.own as string,
          AttachmentPurpose.REPLY,
          'x.pdf',
          PDF,
        )
      ).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (
        await attach(
          'kiemtra',
          AttachmentOwner.FEEDBACK_ITEM,
          rows.FeedbackItem.own as string,
          AttachmentPurpose.REPLY,
          'x.pdf',
          PDF,
        )
      ).errors?.[0].extensions?.code,
    ).toBe('NOT_FOUND');
    expect(
      (
        await attach(
          'phuong',
          AttachmentOwner.DISCIPLINE_CASE,
          rows.DisciplineCase.own as string,
          AttachmentPurpose.DECISION,
          'qd.pdf',
          PDF,
        )
      ).errors?.[0].extensions?.code,
    ).toBe('NOT_FOUND');
    const decision = await attach(
      'noivu',
      AttachmentOwner.DISCIPLINE_CASE,
      rows.DisciplineCase.own as string,
      AttachmentPurpose.DECISION,
      'qd-ky-luat.pdf',
      PDF,
    );
    expect(decision.data?.attachFile.purpose).toBe('DECISION');
    expect(
      (
        await attach(
          'kiemtra',
          AttachmentOwner.INSPECTION,
          rows.Inspection.own as string,
          AttachmentPurpose.CONCLUSION,
          'kl.pdf',
          PDF,
        )
      ).data?.attachFile.owner,
    ).toBe('INSPECTION');
    expect(
      (
        await attach(
          'canbo',
          AttachmentOwner.INSPECTION,
          rows.Inspection.own as string,
          AttachmentPurpose.CONCLUSION,
          'kl.pdf',
          PDF,
        )
      ).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (
        await attach(
          'canbo',
          AttachmentOwner.FINDING,
          rows.Finding.own as string,
          AttachmentPurpose.REMEDIATION_REPORT,
          'bc.pdf',
          PDF,
        )
      ).data?.attachFile.owner,
    ).toBe('FINDING');
  });

  it('seen and downloaded exactly by those who see the record: GraphQL, the download path and the panel', async () => {
    const [reply] = await t.db.query(
      `SELECT id FROM attachment WHERE feedback_item_id = $1 ORDER BY created_at LIMIT 1`,
      [rows.FeedbackItem.own],
    );
    const [decision] = await t.db.query(`SELECT id FROM attachment WHERE discipline_case_id IS NOT NULL`);
    const mismatches: string[] = [];
    for (const who of WHO) {
      const listed = await t.gql(
        `query($id: ID!) { attachments(owner: FEEDBACK_ITEM, ownerId: $id) { id } }`,
        { id: rows.FeedbackItem.own },
        tokens[who],
      );
      const sees = W1.includes(who);
      if (sees !== (listed.data?.attachments?.length === 2)) mismatches.push(`${who} list`);
      if (!sees && listed.errors?.[0].extensions?.code !== 'NOT_FOUND') mismatches.push(`${who} list code`);
      const download = await request(t.app).get(`/files/${reply.id}`).set('authorization', `Bearer ${tokens[who]}`);
      if ((download.status === 200) !== sees) mismatches.push(`${who} download ${download.status}`);
      const {
        'content-type': type,
        'content-disposition': disposition,
        'x-content-type-options': sniffing,
        'cache-control': cache,
      } = download.headers;
      if (
        sees &&
        (type !== 'application/pdf' ||
          !String(disposition).startsWith('attachment') ||
          sniffing !== 'nosniff' ||
          cache !== 'private, no-store')
      )
        mismatches.push(`${who} headers`);
      const content = await t.gql(
        `query($id: ID!) { attachmentContent(id: $id) { contentBase64 } }`,
        { id: decision.id },
        tokens[who],
      );
      if ((content.data?.attachmentContent?.contentBase64 === b64(PDF)) !== ['admin', 'noivu'].includes(who))
        mismatches.push(`${who} decision`);
    }
    expect(mismatches).toEqual([]);
    expect((await request(t.app).get(`/files/${reply.id}`)).status).toBe(401);

    const canbo = await adminAgent(t, 'canbo');
    const action = await canbo.get(`/admin/api/resources/FeedbackItem/records/${rows.FeedbackItem.own}/attachments`);
    expect(action.body).toMatchObject({
      canAttach: true,
      files: [{ fileName: 'Văn bản trả lời.pdf', purposeLabel: 'Văn bản trả lời' }, { mediaType: 'image/png' }],
    });
    expect((await canbo.get(`/admin/files/${reply.id}`)).status).toBe(200);
    expect((await canbo.get(`/admin/files/${decision.id}`)).status).toBe(404);
    const quan = await adminAgent(t, 'quan');
    expect(
      (await quan.get(`/admin/api/resources/FeedbackItem/records/${rows.FeedbackItem.own}/attachments`)).body,
    ).toMatchObject({ canAttach: false });
    const upload = await quan
      .post(`/admin/uploads/attachments?owner=FEEDBACK_ITEM&ownerId=${rows.FeedbackItem.own}&purpose=REPLY&name=x.pdf`)
      .set('content-type', 'application/octet-stream')
      .send(PDF);
    expect(upload.status).toBe(403);
    const sent = await canbo
      .post(
        `/admin/uploads/attachments?owner=FEEDBACK_ITEM&ownerId=${rows.FeedbackItem.own}&purpose=REPLY&name=lan-2.pdf`,
      )
      .set('content-type', 'application/octet-stream')
      .send(PDF);
    expect(sent.body).toMatchObject({ ok: true, attachment: { fileName: 'lan-2.pdf' } });
    const [audit] = await t.db.query(`SELECT origin FROM audit_log WHERE table_name = 'attachment' AND row_id = $1`, [
      sent.body.attachment.id,
    ]);
    expect(audit.origin).toBe('admin');
  });

  it('the panel’s upload door refuses a body over the cap from its length (413); nothing written', async () => {
    const canbo = await adminAgent(t, 'canbo');
    const before = await t.db.query(`SELECT count(*)::int AS n FROM attachment`);
    const over = Buffer.concat([PDF, Buffer.alloc(t.services.files.maxBytes + 1 - PDF.length)]);
    const refused = await canbo
      .post(
        `/admin/uploads/attachments?owner=FEEDBACK_ITEM&ownerId=${rows.FeedbackItem.own}&purpose=REPLY&name=lon.pdf`,
      )
      .set('content-type', 'application/octet-stream')
      .send(over);
    expect(refused.status).toBe(413);
    expect(JSON.stringify(refused.body)).not.toMatch(/stack|at .*\.js/);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM attachment`)).toEqual(before);
  });

  it('files are never deleted: the database refuses', async () => {
    await expect(t.db.query(`DELETE FROM attachment_content`)).rejects.toThrow(/never deleted/);
    await expect(t.db.query(`DELETE FROM attachment`)).rejects.toThrow(/never deleted/);
  });
});
