import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { Role } from '../../../src/auth/auth.enums.js';
import { BoardMember } from '../../../src/initiative/board-member.entity.js';
import { OPEN, rankedCity, rateThrough, type Org } from '../../factories/evaluation.js';
import { makeUnit, makeUser } from '../../factories/scenario.js';
import { UnitKind } from '../../../src/hierarchy/hierarchy.enums.js';
import { docxText, pdfText, pdftotextAvailability } from '../../support/documents.js';

const pdftotext = pdftotextAvailability();
if (pdftotext.skipReason) console.warn(pdftotext.skipReason);
const describeWithPdftotext = pdftotext.available ? describe : describe.skip;
import { createTestApp, type TestApp } from '../../support/test-app.js';

const FORM = `query($id: ID!, $format: FormFormat!) { evaluationForm(id: $id, format: $format) { url filename contentType } }`;
const SUMMARY = `query($p: ID!, $u: ID!, $format: FormFormat!) { evaluationSummaryForm(periodId: $p, unitId: $u, format: $format) { url filename } }`;
const MINUTES = `query($id: ID!, $format: FormFormat!) { initiativeMinutesForm(id: $id, format: $format) { url filename } }`;

/** A GET of a download URL with a bearer token, the body kept as bytes. */
function download(t: TestApp, url: string, token?: string) {
  const call = request(t.app)
    .get(url)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
  return token ? call.set('authorization', `Bearer ${token}`) : call;
}

async function sheetOf(body: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook.worksheets[0];
}

describeWithPdftotext('official forms and Excel exports over GraphQL and their download URLs', () => {
  let t: TestApp;
  let org: Org;
  let periodId: string;
  let canboEvaluation: string;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-10-02T09:00:00+07:00') });
    org = await rankedCity(t);
    const opened = await t.gql(OPEN, { input: { kind: 'QUARTER', year: 2026, quarter: 3 } }, org.tokens.noivu);
    periodId = opened.data?.openEvaluationPeriod.id;
    const rated = await rateThrough(
      t,
      periodId,
      org.people.canbo,
      { self: org.tokens.canbo, rater: org.tokens.bhha },
      { generalScore: 27, taskScore: 60 },
      { approve: true },
    );
    canboEvaluation = rated.id;
  });
  afterAll(() => t.close());

  it('the evaluation form: a link for whoever sees the evaluation, the PDF and DOCX filled from it', async () => {
    const link = await t.gql(FORM, { id: canboEvaluation, format: 'PDF' }, org.tokens.canbo);
    expect(link.errors).toBeUndefined();
    expect(link.data?.evaluationForm).toMatchObject({
      url: `/exports/forms/evaluations/${canboEvaluation}.pdf`,
      contentType: 'application/pdf',
    });
    expect(link.data?.evaluationForm.filename).toMatch(/^phieu-danh-gia-cong-chuc-dia-chinh-quy-3-2026\.pdf$/);
    for (const who of ['canbo', 'bhha', 'binhtan', 'noivu'] as const) {
      const pdf = await download(t, link.data?.evaluationForm.url, org.tokens[who]);
      expect(pdf.status).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.headers['cache-control']).toBe('no-store');
      const text = pdfText(pdf.body);
      expect(text).toContain('PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC');
      expect(text).toContain('Quyết định số 20/2024/QĐ-UBND');
      expect(text).toContain('Công Chức Địa Chính');
      expect(text).toContain('Nhận xét của cấp trên');
      expect(text).toContain('Tự nhận xét');
      expect(text).toContain('Chủ Tịch Bình Hưng Hoà A');
      expect(text).toMatch(/Kết quả xếp loại chất lượng: Hoàn thành (xuất sắc|tốt) nhiệm vụ/);
    }
    const docxLink = await t.gql(FORM, { id: canboEvaluation, format: 'DOCX' }, org.tokens.bhha);
    const docx = await download(t, docxLink.data?.evaluationForm.url, org.tokens.bhha);
    expect(docx.status).toBe(200);
    const xml = await docxText(docx.body);
    expect(xml).toContain('Công Chức Địa Chính');
    expect(xml).toContain('Nhận xét của cấp trên');
    expect(xml).toContain('87'); // 27 + 60
  });

  it('refuses the form as it refuses the evaluation: NOT_FOUND for a head of another ward and a viewer, 401 without a token', async () => {
    for (const who of ['ward2', 'xem'] as const) {
      const link = await t.gql(FORM, { id: canboEvaluation, format: 'PDF' }, org.tokens[who]);
      expect(link.errors?.[0].extensions.code).toBe('NOT_FOUND');
      const direct = await download(t, `/exports/forms/evaluations/${canboEvaluation}.pdf`, org.tokens[who]);
      expect(direct.status).toBe(404);
      expect(JSON.parse(direct.body.toString()).errors[0].extensions.code).toBe('NOT_FOUND');
    }
    expect((await download(t, `/exports/forms/evaluations/${canboEvaluation}.pdf`)).status).toBe(401);
    expect((await download(t, `/exports/forms/evaluations/not-an-id.pdf`, org.tokens.noivu)).status).toBe(404);
    const odd = await download(t, `/exports/forms/evaluations/${canboEvaluation}.odt`, org.tokens.noivu);
    expect(odd.status).toBe(400);
    expect(JSON.parse(odd.body.toString()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('the summary list holds the rows the caller may see (R32), and none for a stranger', async () => {
    const ward = org.wards[0].id;
    const asHead = await t.gql(SUMMARY, { p: periodId, u: ward, format: 'PDF' }, org.tokens.bhha);
    const head = pdfText((await download(t, asHead.data?.evaluationSummaryForm.url, org.tokens.bhha)).body);
    expect(head).toContain('DANH SÁCH TỔNG HỢP');
    expect(head).toContain('Công Chức Địa Chính');
    expect(head).toContain('Tổng số người trong danh sách: 2');
    const asStaff = await t.gql(SUMMARY, { p: periodId, u: ward, format: 'DOCX' }, org.tokens.canbo);
    const staff = await docxText((await download(t, asStaff.data?.evaluationSummaryForm.url, org.tokens.canbo)).body);
    expect(staff).toContain('Tổng số người trong danh sách: 1');
    const stranger = await t.gql(SUMMARY, { p: periodId, u: ward, format: 'PDF' }, org.tokens.ward2);
    expect(stranger.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await download(t, `/exports/forms/summaries/${periodId}/${ward}.pdf`, org.tokens.ward2)).status).toBe(404);
  });

  it('evaluations to Excel: Vietnamese headers, numbers as numbers, the filter and the policy of the list', async () => {
    const link = await t.gql(
      `query($p: ID) { evaluationsExport(filter: { periodId: $p, status: APPROVED }) { url filename } }`,
      { p: periodId },
      org.tokens.bhha,
    );
    expect(link.data?.evaluationsExport.url).toBe(
      `/exports/lists/evaluations.xlsx?periodId=${periodId}&status=APPROVED`,
    );
    const asHead = await sheetOf((await download(t, link.data?.evaluationsExport.url, org.tokens.bhha)).body);
    expect(asHead.getRow(1).values).toEqual(
      expect.arrayContaining(['Họ và tên', 'Đơn vị', 'Kỳ đánh giá', 'Điểm', 'Xếp loại']),
    );
    expect(asHead.rowCount).toBe(2);
    expect(asHead.getRow(2).getCell(1).value).toBe('Công Chức Địa Chính');
    expect(asHead.getRow(2).getCell(9).value).toBe(87);
    expect(asHead.getRow(2).getCell(9).type).toBe(ExcelJS.ValueType.Number);
    // everyone of the period for Home Affairs; the approved filter keeps one
    const all = await sheetOf(
      (await download(t, `/exports/lists/evaluations.xlsx?periodId=${periodId}`, org.tokens.noivu)).body,
    );
    expect(all.rowCount - 1).toBe(6);
    const approved = await sheetOf(
      (await download(t, `/exports/lists/evaluations.xlsx?periodId=${periodId}&status=APPROVED`, org.tokens.noivu))
        .body,
    );
    expect(approved.rowCount - 1).toBe(1);
    // a ward head of elsewhere gets the list as the list answers them: without canbo
    const other = await sheetOf(
      (await download(t, `/exports/lists/evaluations.xlsx?periodId=${periodId}`, org.tokens.ward2)).body,
    );
    const names = other.getColumn(1).values.slice(2);
    expect(names).not.toContain('Công Chức Địa Chính');
    const bad = await download(t, `/exports/lists/evaluations.xlsx?status=NONSENSE`, org.tokens.noivu);
    expect(bad.status).toBe(400);
  });

  it('people to Excel: the appointment day as a date cell', async () => {
    const link = await t.gql(
      `query($u: ID) { peopleExport(filter: { unitId: $u }) { url } }`,
      { u: org.wards[0].id },
      org.tokens.noivu,
    );
    const sheet = await sheetOf((await download(t, link.data?.peopleExport.url, org.tokens.noivu)).body);
    expect(sheet.rowCount - 1).toBe(2);
    const day = sheet.getRow(2).getCell(7);
    expect(day.type).toBe(ExcelJS.ValueType.Date);
    expect((day.value as Date).toISOString()).toBe('2024-01-01T00:00:00.000Z');
    expect(day.numFmt).toBe('dd/mm/yyyy');
    const staffOnly = await sheetOf((await download(t, link.data?.peopleExport.url, org.tokens.canbo)).body);
    expect(staffOnly.rowCount - 1).toBe(2);
    const viewer = await sheetOf((await download(t, link.data?.peopleExport.url, org.tokens.xem)).body);
    expect(viewer.rowCount - 1).toBe(0);
  });

  it('payouts as .xlsx beside the CSV, for those who see every result', async () => {
    const [closed] = await t.db.query(
      `INSERT INTO evaluation_period (kind, year, quarter, starts_on, ends_on, status) VALUES ('QUARTER', 2025, 4, '2025-10-01', '2025-12-31', 'CLOSED') RETURNING id`,
    );
    await t.db.query(
      `INSERT INTO payout (period_id, unit_id, person_id, level, monthly_salary, k, factor, days_appointed, amount_before_cap, scale, amount)
       VALUES ($1, $2, $3, 'GOOD', 5000000, 1.2, 0.8, 92, 4800000, 1, 4800000)`,
      [closed.id, org.wards[0].id, org.people.canbo.id],
    );
    const link = await t.gql(
      `query($p: ID!) { payoutsExport(periodId: $p) { url filename } }`,
      { p: closed.id },
      org.tokens.noivu,
    );
    expect(link.data?.payoutsExport).toEqual({
      url: `/exports/payouts/${closed.id}.xlsx`,
      filename: 'thu-nhap-tang-them-Q4-2025.xlsx',
    });
    const sheet = await sheetOf((await download(t, link.data?.payoutsExport.url, org.tokens.noivu)).body);
    expect(sheet.getRow(1).getCell(11).value).toBe('Số tiền');
    expect(sheet.getRow(2).getCell(11).value).toBe(4_800_000);
    expect(sheet.getRow(2).getCell(5).value).toBe('Hoàn thành tốt nhiệm vụ');
    expect(
      (await t.gql(`query($p: ID!) { payoutsExport(periodId: $p) { url } }`, { p: closed.id }, org.tokens.bhha))
        .errors?.[0].extensions.code,
    ).toBe('FORBIDDEN');
    expect((await download(t, `/exports/payouts/${closed.id}.xlsx`, org.tokens.bhha)).status).toBe(403);
  });

  it('the review minutes once the result is recorded, never before (the votes are sealed until then)', async () => {
    const board = [];
    for (const [username, chair, department] of [
      ['thamdinh', true, 'Sở Tư pháp'],
      ['thamdinh2', false, 'Sở Nội vụ'],
    ] as const) {
      const user = await makeUser(t.db, username, [Role.BOARD_MEMBER]);
      const unit = await makeUnit(t.db, { name: department, kind: UnitKind.DEPARTMENT, parent: org.city });
      await t.db.manager.save(
        BoardMember.create({
          userId: user.id,
          unitId: unit.id,
          chair,
          validity: { validFrom: '2026-01-01', validTo: null },
        }),
      );
      board.push(await t.login(username));
    }
    const registered = await t.gql(
      `mutation($input: RegisterInitiativeInput!) { registerInitiative(input: $input) { id } }`,
      {
        input: {
          title: 'Số hoá hồ sơ địa chính',
          problem: 'Hồ sơ giấy thất lạc',
          content: 'Quét và lập chỉ mục hồ sơ',
          scope: 'Toàn phường',
          timeline: '3 tháng',
          resources: 'Máy quét sẵn có',
          feasibility: 'Đã thử một tháng',
          expectedImpact: 'Tra cứu trong 5 phút',
          unitId: org.wards[0].id,
          proposerIds: [org.people.canbo.id],
        },
      },
      org.tokens.canbo,
    );
    const id = registered.data?.registerInitiative.id;
    await t.gql(`mutation($id: ID!) { submitInitiative(id: $id) { status } }`, { id }, org.tokens.canbo);
    const vote = (comment: string) => ({ novelty: 8, feasibility: 7, impact: 9, scope: 6, vote: 'APPROVE', comment });
    await t.gql(
      `mutation($id: ID!, $input: VoteInput!) { voteInitiative(id: $id, input: $input) { status } }`,
      { id, input: vote('Ý kiến của thành viên') },
      board[1],
    );
    const early = await t.gql(MINUTES, { id, format: 'PDF' }, board[1]);
    expect(early.errors?.[0].extensions.code).toBe('INVALID_STATE');
    expect((await download(t, `/exports/forms/initiatives/${id}.pdf`, board[1])).status).toBe(409);
    const last = await t.gql(
      `mutation($id: ID!, $input: VoteInput!) { voteInitiative(id: $id, input: $input) { status } }`,
      { id, input: vote('Ý kiến của tổ trưởng') },
      board[0],
    );
    expect(last.data?.voteInitiative.status).toBe('RECOMMENDED');
    const link = await t.gql(MINUTES, { id, format: 'PDF' }, org.tokens.canbo);
    const text = pdfText((await download(t, link.data?.initiativeMinutesForm.url, org.tokens.canbo)).body);
    expect(text).toContain('BIÊN BẢN THẨM ĐỊNH SÁNG KIẾN');
    expect(text).toContain('Số hoá hồ sơ địa chính');
    expect(text).toContain('Ý kiến của thành viên');
    expect(text).toContain('2 tán thành, 0 không tán thành');
    expect(text).toContain('đề nghị Chủ tịch');
  });
});
