import { chmodSync, createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { queryRows } from '../common/queries.js';
import { seededRandom } from '../database/seeds/names.js';
import { PeriodKind } from '../evaluation/evaluation.enums.js';
import { FEEDBACK_CSV_COLUMNS, importFeedbackCsv } from '../feedback/feedback-import.js';
import { createServices } from '../services.js';

/**
 * The workload of the dashboards on top of `npm run seed -- --scale=city`: the YEAR 2026 opened for the whole
 * city through the period service, its evaluations spread over the workflow's states and levels (set in bulk,
 * as a year of rating would leave them), and `items` 1022 items of 2026 through the portal's CSV import.
 */
export async function fillCityWorkload(
  db: DataSource,
  options: { items: number; now: Date },
): Promise<{ periodId: string }> {
  const services = createServices(db, 8, () => options.now);
  const { period } = await services.periods.open({ kind: PeriodKind.YEAR, year: 2026 }, null);
  await db.query(
    `UPDATE evaluation SET
       status = (ARRAY['DRAFT','SELF_ASSESSED','REVIEWED','APPROVED','APPROVED','NOTIFIED','NOTIFIED','NOTIFIED']::evaluation_status[])[1 + abs(hashtext(id::text)) % 8],
       level = CASE WHEN abs(hashtext(id::text)) % 8 >= 2
                    THEN (ARRAY['EXCELLENT','GOOD','GOOD','GOOD','COMPLETED','COMPLETED','NOT_COMPLETED']::rating_level[])[1 + abs(hashtext(reverse(id::text))) % 7] END
     WHERE period_id = $1`,
    [period.id],
  );
  await importFeedback(db, options.items);
  await db.query('ANALYZE');
  return { periodId: period.id };
}

async function importFeedback(db: DataSource, count: number): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'congvu-city-feedback-'));
  chmodSync(dir, 0o755);
  const file = path.join(dir, 'feedback.csv');
  await writePortalCsv(db, file, count);
  try {
    const summary = await importFeedbackCsv(db, createReadStream(file));
    if (summary.rejected.length > 0)
      throw new Error(
        `the import refused ${String(summary.rejected.length)} rows: ${JSON.stringify(summary.rejected[0])}`,
      );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `count` rows of the portal's CSV export over 2026 (85% replied within 12 days), spread over the wards, districts
 * and agencies in force, the same rows for the same count: the benchmarks' 1022 items.
 */
export async function writePortalCsv(db: DataSource, file: string, count: number): Promise<void> {
  const codes = (
    await queryRows<{ code: string }>(
      db.manager,
      `SELECT code FROM unit WHERE kind IN ('WARD', 'DISTRICT', 'DEPARTMENT') AND valid_to IS NULL ORDER BY code`,
    )
  ).map((row) => row.code);
  const random = seededRandom(1022);
  const out = createWriteStream(file);
  out.write(`${FEEDBACK_CSV_COLUMNS.join(',')}\n`);
  for (let i = 0; i < count; i += 1) {
    const received = new Date(Date.UTC(2026, 0, 1) + Math.floor(random() * 330 * 86_400_000));
    const replied = random() < 0.85 ? new Date(received.getTime() + Math.floor(random() * 12 * 86_400_000)) : null;
    const status = replied ? 'REPLIED' : 'IN_PROGRESS';
    const satisfied = replied ? (random() < 0.9 ? 'true' : 'false') : '';
    out.write(
      `1022-B-${String(i).padStart(7, '0')},WEB,Hạ tầng đô thị,"Phản ánh số ${String(i)}",Nguyễn Văn Dân,0903${String(i).padStart(6, '0')},,` +
        `${received.toISOString()},${codes[Math.floor(random() * codes.length)]},${status},${replied?.toISOString() ?? ''},${satisfied}\n`,
    );
  }
  await new Promise((resolve) => out.end(resolve));
}
