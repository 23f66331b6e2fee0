import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Readable } from 'node:stream';
import { FEEDBACK_CSV_COLUMNS, importFeedbackCsv } from '../../../src/feedback/feedback-import.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { DEMO_PASSWORD } from '../../support/test-database.js';

const KINDS = `query($asOf: Date, $parentId: ID) {
  city: units(asOf: $asOf, filter: { search: "79" }) { nodes { id } }
  children: units(asOf: $asOf, filter: { parentId: $parentId }, first: 500) { totalCount nodes { kind } }
}`;

/**
 * The demo is the city of today with its history: the 2023 city and the two provinces, with HCMC's three acts of
 * 2025 applied through the plan service, the demo logins keeping their names with today's meaning.
 */
describe('the demo city: today’s, with its history', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await createTestApp({ demo: true });
    token = await t.login('noivu', DEMO_PASSWORD);
  });
  afterAll(() => t.close());

  const underCity = async (asOf: string) => {
    const city = (await t.gql(KINDS, { asOf, parentId: null }, token)).data?.city.nodes[0].id;
    const { children } = (await t.gql(KINDS, { asOf, parentId: city }, token)).data ?? {};
    return (children.nodes as Array<{ kind: string }>).reduce<Record<string, number>>(
      (all, { kind }) => ({ ...all, [kind]: (all[kind] ?? 0) + 1 }),
      {},
    );
  };
  const wardsUnder = async (asOf: string) =>
    (
      await t.db.query(
        `WITH RECURSIVE tree(id) AS (SELECT id FROM unit WHERE code = '79'
           UNION ALL SELECT l.unit_id FROM tree JOIN unit_link l ON l.parent_id = tree.id AND l.valid_from <= $1 AND (l.valid_to IS NULL OR l.valid_to > $1))
         SELECT count(*)::int AS n FROM tree JOIN unit u ON u.id = tree.id AND u.kind = 'WARD'`,
        [asOf],
      )
    )[0].n;

  it('has 22 districts and 312 wards on 2024-06-01, 273 wards on 2025-03-01, and 168 units and 16 agencies under the city today', async () => {
    expect(await underCity('2024-06-01')).toEqual({ DEPARTMENT: 21, DISTRICT: 22 });
    expect(await wardsUnder('2024-06-01')).toBe(312);
    expect(await underCity('2025-03-01')).toEqual({ DEPARTMENT: 16, DISTRICT: 22 });
    expect(await wardsUnder('2025-03-01')).toBe(273);
    expect(await underCity('2026-12-01')).toEqual({ DEPARTMENT: 16, WARD: 167, SPECIAL_ZONE: 1 });
  });

  it('Bình Dương and Bà Rịa – Vũng Tàu were provinces until 30 June 2025 and merged into the city', async () => {
    const provinces = await t.db.query(
      `SELECT p.code, p.name, p.valid_to, s.code AS successor, l.whole FROM unit p
         JOIN unit_lineage l ON l.predecessor_id = p.id JOIN unit s ON s.id = l.successor_id
        WHERE p.code IN ('74', '77') ORDER BY p.code`,
    );
    expect(provinces).toEqual([
      { code: '74', name: 'Tỉnh Bình Dương', valid_to: '2025-07-01', successor: '79', whole: true },
      { code: '77', name: 'Tỉnh Bà Rịa - Vũng Tàu', valid_to: '2025-07-01', successor: '79', whole: true },
    ]);
    const [thuDauMot] = await t.db.query(
      `SELECT u.name FROM unit u WHERE u.code = '25747' AND u.valid_from = '2025-07-01'`,
    );
    expect(thuDauMot).toEqual({ name: 'Phường Thủ Dầu Một' });
  });

  it('the logins keep their names with today’s meaning; the rating chain of 2026 is canbo → bhha → chutich', async () => {
    const appointments = await t.db.query(
      `SELECT us.username, u.code, u.name, a.position, a.valid_to FROM app_user us JOIN appointment a ON a.person_id = us.person_id
         JOIN unit u ON u.id = a.unit_id WHERE us.username IN ('bhha', 'binhtan', 'canbo') AND (a.valid_to IS NULL OR a.valid_to >= '2025-07-01')
        ORDER BY us.username, a.valid_from`,
    );
    expect(appointments).toEqual([
      { username: 'bhha', code: '27439', name: 'Phường Bình Hưng Hoà A', position: 'HEAD', valid_to: '2025-07-01' },
      { username: 'bhha', code: '27439', name: 'Phường Bình Hưng Hòa', position: 'HEAD', valid_to: null },
      { username: 'binhtan', code: '777', name: 'Quận Bình Tân', position: 'HEAD', valid_to: '2025-07-01' },
      { username: 'binhtan', code: '27442', name: 'Phường Bình Tân', position: 'HEAD', valid_to: null },
      { username: 'canbo', code: '27439', name: 'Phường Bình Hưng Hoà A', position: 'STAFF', valid_to: '2025-07-01' },
      { username: 'canbo', code: '27439', name: 'Phường Bình Hưng Hòa', position: 'STAFF', valid_to: null },
    ]);
    const raters = await t.db.query(
      `SELECT us.username, ra.username AS rater FROM evaluation e JOIN evaluation_period p ON p.id = e.period_id AND p.kind = 'YEAR'
         JOIN app_user us ON us.person_id = e.person_id LEFT JOIN app_user ra ON ra.person_id = e.rater_person_id
        WHERE us.username IN ('canbo', 'bhha', 'binhtan') ORDER BY us.username`,
    );
    expect(raters).toEqual([
      { username: 'bhha', rater: 'chutich' },
      { username: 'binhtan', rater: 'chutich' },
      { username: 'canbo', rater: 'bhha' },
    ]);
  });

  it('every unit in force today has a head', async () => {
    const headless = await t.db.query(
      `SELECT u.code, u.name FROM unit u WHERE u.valid_to IS NULL
          AND NOT EXISTS (SELECT 1 FROM appointment a WHERE a.unit_id = u.id AND a.position = 'HEAD' AND a.valid_to IS NULL)`,
    );
    expect(headless).toEqual([]);
  });

  it('a ranking with lineage counts a new ward over the wards it was formed from, before it existed', async () => {
    const rows = [
      // Phường Bình Hưng Hòa (27436, whole into the new 27439) and Phường Bình Hưng Hoà A (27439, split), in June 2025
      '1022-2025-000401,WEB,Ngập nước,Ngập hẻm,Võ Thị Hoa,0903000401,,2025-06-02T08:00:00+07:00,27436,REPLIED,2025-06-03T08:00:00+07:00,true',
      '1022-2025-000402,WEB,Ngập nước,Ngập hẻm,Võ Thị Hoa,0903000402,,2025-06-02T08:00:00+07:00,27439,REPLIED,2025-06-03T08:00:00+07:00,true',
      // the new 27439 in July
      '1022-2025-000403,WEB,Ngập nước,Ngập hẻm,Võ Thị Hoa,0903000403,,2025-07-02T08:00:00+07:00,27439,REPLIED,2025-07-03T08:00:00+07:00,true',
    ];
    const summary = await importFeedbackCsv(
      t.db,
      Readable.from([`${[FEEDBACK_CSV_COLUMNS.join(','), ...rows].join('\n')}\n`]),
    );
    expect(summary.rejected).toEqual([]);
    const RANKING = `query($lineage: Boolean) { feedbackRanking(from: "2025-06-01", to: "2025-07-31", kind: WARD, first: 500, lineage: $lineage) {
      unit { code name } due onTime approximate } }`;
    const ward = (result: { data?: Record<string, unknown> | null }, name: string) =>
      (result.data?.feedbackRanking as Array<{ unit: { code: string; name: string } }>).filter(
        (row) => `${row.unit.code} ${row.unit.name}` === name,
      );
    const plain = await t.gql(RANKING, { lineage: false }, token);
    expect(ward(plain, '27436 Phường Bình Hưng Hòa')).toEqual([
      { unit: { code: '27436', name: 'Phường Bình Hưng Hòa' }, due: 1, onTime: 1, approximate: false },
    ]);
    expect(ward(plain, '27439 Phường Bình Hưng Hòa')).toEqual([
      { unit: { code: '27439', name: 'Phường Bình Hưng Hòa' }, due: 1, onTime: 1, approximate: false },
    ]);
    const withLineage = await t.gql(RANKING, { lineage: true }, token);
    expect(ward(withLineage, '27439 Phường Bình Hưng Hòa')).toEqual([
      { unit: { code: '27439', name: 'Phường Bình Hưng Hòa' }, due: 3, onTime: 3, approximate: true },
    ]);
    expect(ward(withLineage, '27436 Phường Bình Hưng Hòa')).toEqual([]);
    expect(ward(withLineage, '27439 Phường Bình Hưng Hoà A')).toEqual([]);
  });
});
