import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { FEEDBACK_CSV_COLUMNS, importFeedbackCsv, ImportHeaderError } from '../../../src/feedback/feedback-import.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { purgeForTest } from '../../support/test-database.js';

const SAMPLE = fileURLToPath(new URL('../../fixtures/feedback-1022-sample.csv', import.meta.url));
const HEADER = FEEDBACK_CSV_COLUMNS.join(',');
const csv = (...lines: string[]) => Readable.from([`\uFEFF${[HEADER, ...lines].join('\n')}\n`]);

describe('importing the 1022 portal’s CSV export', () => {
  let t: TestApp;
  const count = async () => (await t.db.query(`SELECT count(*)::int AS count FROM feedback_item`))[0].count;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-09-15T08:00:00+07:00'), demo: true });
    await purgeForTest(t.db, `DELETE FROM feedback_event; DELETE FROM feedback_assignment; DELETE FROM feedback_item`);
  });
  afterAll(() => t.close());

  it('imports the sample; the same file twice changes nothing', async () => {
    const first = await importFeedbackCsv(t.db, createReadStream(SAMPLE));
    expect(first).toEqual({ rows: 5, created: 5, updated: 0, unchanged: 0, rejected: [] });
    const [item] = await t.db.query(
      `SELECT f.due_at, f.status, u.code FROM feedback_item f JOIN unit u ON u.id = f.unit_id WHERE reference = '1022-2026-000101'`,
    );
    expect(item).toMatchObject({ status: 'REPLIED', code: '27439' });
    expect(new Date(item.due_at).toISOString()).toBe(new Date('2026-09-09T23:59:59.999+07:00').toISOString()); // Mon 1 Sep: 1–2 Sep are days off
    const again = await importFeedbackCsv(t.db, createReadStream(SAMPLE));
    expect(again).toEqual({ rows: 5, created: 0, updated: 0, unchanged: 5, rejected: [] });
    expect(await count()).toBe(5);
  });

  it('a changed row updates its item and logs what changed', async () => {
    const summary = await importFeedbackCsv(
      t.db,
      csv(
        '1022-2026-000103,APP,Ngập nước,"Đường Lê Văn Quới ngập sâu sau mưa chiều",,0903000103,,2026-09-07T17:05:00+07:00,27439,REPLIED,2026-09-10T09:00:00+07:00,true',
      ),
    );
    expect(summary).toMatchObject({ created: 0, updated: 1 });
    const [event] = await t.db.query(
      `SELECT e.action, e.changes FROM feedback_event e JOIN feedback_item f ON f.id = e.item_id WHERE f.reference = '1022-2026-000103' AND e.action = 'IMPORT_UPDATE'`,
    );
    expect(Object.keys(event.changes).sort()).toEqual(['citizen_satisfied', 'replied_at', 'status']);
    expect(event.changes.status).toEqual({ from: 'ASSIGNED', to: 'REPLIED' });
  });

  it('keeps good rows and reports bad ones with their line numbers and reasons', async () => {
    const summary = await importFeedbackCsv(
      t.db,
      csv(
        '1022-2026-000201,WEB,Môi trường,Khói bụi,Ngô Văn Tám,0903000201,,2026-09-11T08:00:00+07:00,27439,ASSIGNED,,',
        '1022-2026-000202,FAX,Môi trường,Khói bụi,Ngô Văn Tám,,,2026-09-11T08:00:00+07:00,27439,ASSIGNED,,',
        '1022-2026-000203,WEB,Môi trường,Khói bụi,Ngô Văn Tám,,,hôm qua,27439,ASSIGNED,,',
        '1022-2026-000204,WEB,Môi trường,Khói bụi,Ngô Văn Tám,,,2026-09-11T08:00:00+07:00,99999,ASSIGNED,,',
        '1022-2026-000205,WEB,Môi trường,Khói bụi,,,,2026-09-11T08:00:00+07:00,27439,ASSIGNED,,',
      ),
    );
    expect(summary.created).toBe(1);
    expect(summary.rejected.map((r) => r.line)).toEqual([3, 4, 5, 6]);
    expect(summary.rejected[0].reason).toContain('channel');
    expect(summary.rejected[1].reason).toContain('received_at');
    expect(summary.rejected[2].reason).toContain('unit_code');
    expect(summary.rejected[3].reason).toContain('contact');
  });

  it('reads unit_code as of the day the item was received: 27439 named another ward before 1 July 2025', async () => {
    const summary = await importFeedbackCsv(
      t.db,
      csv(
        '1022-2025-000301,WEB,Ngập nước,Ngập hẻm,Võ Thị Hoa,0903000301,,2025-06-10T08:00:00+07:00,27439,REPLIED,2025-06-12T08:00:00+07:00,true',
        '1022-2025-000302,WEB,Ngập nước,Ngập hẻm,Võ Thị Hoa,0903000302,,2025-07-10T08:00:00+07:00,27439,REPLIED,2025-07-12T08:00:00+07:00,true',
        '1022-2025-000303,WEB,Ngập nước,Ngập hẻm,Võ Thị Hoa,0903000303,,2025-06-10T08:00:00+07:00,777,REPLIED,2025-06-12T08:00:00+07:00,true',
        '1022-2025-000304,WEB,Ngập nước,Ngập hẻm,Võ Thị Hoa,0903000304,,2025-07-10T08:00:00+07:00,777,REPLIED,2025-07-12T08:00:00+07:00,true',
      ),
    );
    expect(summary.rejected).toEqual([{ line: 5, reason: expect.stringContaining('unit_code') }]);
    const units = await t.db.query(
      `SELECT f.reference, u.name FROM feedback_item f JOIN unit u ON u.id = f.unit_id WHERE f.reference LIKE '1022-2025-%' ORDER BY f.reference`,
    );
    expect(units).toEqual([
      { reference: '1022-2025-000301', name: 'Phường Bình Hưng Hoà A' },
      { reference: '1022-2025-000302', name: 'Phường Bình Hưng Hòa' },
      { reference: '1022-2025-000303', name: 'Quận Bình Tân' },
    ]);
  });

  it('a wrong header names the expected columns and imports nothing', async () => {
    const before = await count();
    const wrong = Readable.from(['ma,kenh,noi_dung\n1,WEB,x\n']);
    await expect(importFeedbackCsv(t.db, wrong)).rejects.toThrow(ImportHeaderError);
    await expect(importFeedbackCsv(t.db, Readable.from(['ma,kenh,noi_dung\n1,WEB,x\n']))).rejects.toThrow(HEADER);
    expect(await count()).toBe(before);
  });
});
