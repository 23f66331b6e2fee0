import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { BadInputError } from '../../common/errors.js';
import { isPlainText, sniff } from '../../files/content-type.js';
import { UnreadableCell, type Cell } from './people-import.rules.js';

/** One sheet of a file: its name and its rows as cells (a CSV is one sheet). */
export interface RawSheet {
  name: string;
  rows: Cell[][];
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const refused = (message: string, messageEn: string) => new BadInputError([{ field: 'file', message }], messageEn);

/**
 * A workbook (.xlsx) or a CSV (UTF-8, comma or semicolon), told apart by the bytes, never by the name: anything
 * else is refused before it is parsed.
 */
export async function readSpreadsheet(bytes: Buffer): Promise<RawSheet[]> {
  if (bytes.length === 0) throw refused('tệp rỗng', 'The file is empty.');
  const type = await sniff(bytes);
  if (type?.mediaType === XLSX) return readWorkbook(bytes);
  if (!type && isPlainText(bytes)) return [{ name: 'CSV', rows: readCsv(bytes) }];
  throw refused(
    `nội dung tệp không phải Excel (.xlsx) hay CSV (UTF-8)${type ? ` mà là ${type.mediaType}` : ''}`,
    'The file is neither .xlsx nor UTF-8 CSV.',
  );
}

function readCsv(bytes: Buffer): Cell[][] {
  try {
    return parse(bytes, { bom: true, delimiter: [',', ';'], relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    throw refused(`CSV không đọc được: ${(error as Error).message}`, 'The CSV cannot be parsed.');
  }
}

async function readWorkbook(bytes: Buffer): Promise<RawSheet[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw refused('tệp Excel bị hỏng hoặc không đọc được', 'The workbook cannot be read.');
  }
  return workbook.worksheets.map((sheet) => {
    const rows: Array<Cell[] | undefined> = []; // sparse: eachRow skips rows that were never written
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      const values = row.values as unknown[];
      rows[number - 1] = values.slice(1).map(cellValue);
    });
    return { name: sheet.name, rows: Array.from(rows, (row) => row ?? []) };
  });
}

/**
 * A workbook cell as a plain value: a formula by its result, rich text and links by their text; a formula saved
 * without its result, or a kind of cell not known here, is unreadable (a bad cell on its row), never its JSON.
 */
function cellValue(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date)
    return value;
  const object = value as {
    result?: unknown;
    formula?: string;
    sharedFormula?: string;
    richText?: Array<{ text: string }>;
    text?: unknown;
    error?: string;
  };
  if (object.result !== undefined) return cellValue(object.result);
  const formula = object.formula ?? object.sharedFormula;
  if (formula !== undefined)
    return new UnreadableCell(`công thức ${formula} chưa có kết quả: mở tệp bằng Excel, lưu lại rồi tải lên`);
  if (object.richText) return object.richText.map((part) => part.text).join('');
  if (object.text !== undefined) return cellValue(object.text);
  if (object.error) return object.error;
  return new UnreadableCell('ô có kiểu dữ liệu không đọc được: hãy nhập lại giá trị dạng chữ, số hoặc ngày');
}
