import { Presets, SingleBar } from 'cli-progress';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { AppError } from '../common/errors.js';
import { peopleImportTemplate } from '../people/import/people-import.template.js';
import { PeopleImportService } from '../people/import/people-import.service.js';
import { fail, withCliDatabase } from './cli-database.js';
import { createServices } from '../services.js';

const USAGE = `usage: npm run import:people -- FILE.xlsx|FILE.csv [--apply]     (without --apply: a preview, nothing written)
   or: npm run import:people -- --template FILE.xlsx                 (writes the template to fill in)`;

/**
 * `npm run import:people`: people, appointments, absences and pay from a workbook or a CSV, with a progress bar;
 * a preview unless --apply, and an apply writes all or nothing.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { apply: { type: 'boolean', default: false }, template: { type: 'string' } },
});

if (values.template) {
  writeFileSync(values.template, await peopleImportTemplate());
  console.log(`✔ mẫu nhập liệu: ${values.template}`);
  process.exit(0);
}
const file = positionals[0];
if (!file) fail(USAGE);
if (!existsSync(file)) fail(`không tìm thấy tệp ${file}`);

const bar = new SingleBar(
  { format: ' Nhập cán bộ [{bar}] {value}/{total} dòng · {duration_formatted}', hideCursor: true },
  Presets.shades_classic,
);

await withCliDatabase('import-people', async ({ dataSource }) => {
  const service: PeopleImportService = createServices(dataSource, 8, () => new Date()).peopleImport;
  const started = Date.now();
  // an object, not a local: the progress callback sets it while the import runs
  const progress = { started: false };
  try {
    const report = await service.run(null, readFileSync(file), {
      apply: values.apply,
      onProgress: (done, total) => {
        if (!progress.started) bar.start(Math.max(1, total), 0);
        progress.started = true;
        bar.update(done);
      },
    });
    if (progress.started) bar.stop();
    const seconds = (Date.now() - started) / 1000;
    for (const [kind, counts] of Object.entries(report.counts)) {
      console.log(
        `  ${kind}: ${String(counts.created)} mới, ${String(counts.updated)} thay đổi, ${String(counts.unchanged)} không đổi`,
      );
    }
    for (const error of report.errors.slice(0, 50))
      console.log(
        `  ${error.sheet}, dòng ${String(error.row)}${error.column ? `, cột ${error.column}` : ''}: ${error.message}`,
      );
    if (report.errors.length > 50) console.log(`  … và ${String(report.errors.length - 50)} lỗi khác`);
    if (report.ignoredSheets.length > 0) console.log(`  bỏ qua trang tính: ${report.ignoredSheets.join(', ')}`);
    const verdict = report.applied
      ? '✔ đã ghi'
      : report.errors.length > 0
        ? '✖ có lỗi, chưa ghi gì'
        : '• xem trước, chưa ghi gì (thêm --apply để ghi)';
    console.log(`${verdict}: ${String(report.rows)} dòng trong ${seconds.toFixed(1)} s`);
    if (report.errors.length > 0) process.exitCode = 1;
  } catch (error) {
    if (progress.started) bar.stop();
    if (error instanceof AppError) fail(error.message);
    throw error;
  }
}).catch(fail);
