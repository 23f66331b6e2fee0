import { Presets, SingleBar } from 'cli-progress';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { importFeedbackCsv, ImportHeaderError } from '../feedback/feedback-import.js';
import { fail, withCliDatabase } from './cli-database.js';

/** `npm run import:feedback -- FILE.csv`: the 1022 portal's export, with a progress bar and a summary. */
const file = process.argv[2];
if (!file) fail('usage: npm run import:feedback -- FILE.csv');
if (!existsSync(file)) fail(`không tìm thấy tệp ${file}`);

const lines = readFileSync(file).reduce((count, byte) => count + (byte === 0x0a ? 1 : 0), 0);
const bar = new SingleBar(
  { format: ' Nhập phản ánh [{bar}] {value}/{total} dòng · {eta_formatted}', hideCursor: true },
  Presets.shades_classic,
);

await withCliDatabase('import-feedback', async ({ dataSource }) => {
  const started = Date.now();
  bar.start(Math.max(1, lines - 1), 0);
  try {
    const summary = await importFeedbackCsv(dataSource, createReadStream(file), (rows) => {
      bar.update(rows);
    });
    bar.stop();
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `✔ ${String(summary.rows)} dòng trong ${seconds.toFixed(1)} s (${String(Math.round(summary.rows / seconds))} dòng/s): ` +
        `${String(summary.created)} mới, ${String(summary.updated)} cập nhật, ${String(summary.unchanged)} không đổi, ${String(summary.rejected.length)} lỗi`,
    );
    for (const { line, reason } of summary.rejected.slice(0, 50)) console.log(`  dòng ${String(line)}: ${reason}`);
    if (summary.rejected.length > 50) console.log(`  … và ${String(summary.rejected.length - 50)} dòng lỗi khác`);
  } catch (error) {
    bar.stop();
    if (error instanceof ImportHeaderError) fail(error.message);
    throw error;
  }
}).catch(fail);
