import ExcelJS from 'exceljs';
import { SHEETS, SHEET_KINDS } from './people-import.rules.js';

/**
 * The workbook Home Affairs fills in: one sheet per kind of row with its header, and a guide sheet (read past by
 * the import, its header being none of the import's) saying what each column takes.
 */
export async function peopleImportTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'congvu';
  for (const kind of SHEET_KINDS) {
    const sheet = workbook.addWorksheet(SHEETS[kind].title);
    sheet.columns = SHEETS[kind].columns.map((column) => ({
      header: column.label,
      key: column.key,
      width: Math.max(16, column.label.length + 4),
      style: { numFmt: '@' },
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  }
  const guide = workbook.addWorksheet('Hướng dẫn');
  guide.columns = [
    { header: 'Trang tính', key: 'sheet', width: 14 },
    { header: 'Cột', key: 'column', width: 20 },
    { header: 'Bắt buộc', key: 'required', width: 10 },
    { header: 'Cách nhập', key: 'hint', width: 90 },
  ];
  guide.getRow(1).font = { bold: true };
  for (const kind of SHEET_KINDS) {
    for (const column of SHEETS[kind].columns) {
      guide.addRow({
        sheet: SHEETS[kind].title,
        column: column.label,
        required: column.required ? 'có' : '',
        hint: column.hint,
      });
    }
  }
  guide.addRow({});
  guide.addRow({
    hint: 'Mỗi người được nhận ra bằng số hiệu cán bộ: nhập lại cùng một tệp không thay đổi gì. Có thể dùng tệp CSV (UTF-8) cho từng trang tính, với cùng dòng tiêu đề.',
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
