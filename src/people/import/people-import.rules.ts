import { isIsoDay } from '../../common/dates.js';
import {
  ABSENCE_KIND_LABELS_VI,
  AbsenceKind,
  Position,
  POSITION_LABELS_VI,
  STAFF_TYPE_LABELS_VI,
  StaffType,
} from '../people.enums.js';

/**
 * The sheets of a people import, their columns, and how one cell is read: pure functions, no database. A sheet
 * is recognised by its header row (a CSV holds one sheet, a workbook any of them), so a sheet's name and the
 * order of its columns do not matter; a header cell is the column's Vietnamese label or its key.
 */

export type SheetKind = 'people' | 'appointments' | 'absences' | 'pay';

/** A workbook cell with no value to read (a formula saved without its result): reported as a bad cell. */
export class UnreadableCell {
  constructor(readonly problem: string) {}
}

/**
 * A cell as read from a file: text (CSV, or a text cell), a number, a date (a date cell of a workbook), empty, or
 * one that cannot be read.
 */
export type Cell = string | number | Date | boolean | UnreadableCell | null | undefined;

interface ColumnSpec {
  key: string;
  label: string;
  required: boolean;
  /** what the template's guide says about it */
  hint: string;
}

const column = (key: string, label: string, required: boolean, hint: string): ColumnSpec => ({
  key,
  label,
  required,
  hint,
});
const STAFF_NUMBER = column(
  'staff_number',
  'Số hiệu cán bộ',
  true,
  'mã định danh của người trong hồ sơ của Sở Nội vụ, tối đa 32 ký tự',
);
const FROM = column('valid_from', 'Từ ngày', true, 'ngày bắt đầu, dd/mm/yyyy hoặc yyyy-mm-dd');

const labels = (values: Record<string, string>) => Object.values(values).join(', ');

export const SHEETS: Record<SheetKind, { title: string; columns: ColumnSpec[] }> = {
  people: {
    title: 'Cán bộ',
    columns: [
      STAFF_NUMBER,
      column('full_name', 'Họ và tên', true, 'tối đa 255 ký tự'),
      column('staff_type', 'Loại', true, labels(STAFF_TYPE_LABELS_VI)),
    ],
  },
  appointments: {
    title: 'Bổ nhiệm',
    columns: [
      STAFF_NUMBER,
      column(
        'unit_code',
        'Mã đơn vị',
        true,
        'mã của đơn vị vào ngày bắt đầu (một mã có thể chỉ đơn vị khác ở ngày khác)',
      ),
      column('position', 'Chức vụ', true, labels(POSITION_LABELS_VI)),
      column(
        'acting',
        'Quyền, phụ trách',
        false,
        '"có" nếu giữ chức vụ ở cương vị quyền hoặc phụ trách; để trống nếu không',
      ),
      FROM,
      column('valid_to', 'Đến ngày', false, 'ngày kết thúc (không tính ngày này); để trống nếu còn giữ'),
    ],
  },
  absences: {
    title: 'Vắng mặt',
    columns: [
      STAFF_NUMBER,
      column('kind', 'Loại vắng mặt', true, labels(ABSENCE_KIND_LABELS_VI)),
      FROM,
      column('valid_to', 'Đến ngày', true, 'ngày trở lại làm việc (không tính ngày này)'),
      column('note', 'Ghi chú', false, 'tối đa 500 ký tự'),
    ],
  },
  pay: {
    title: 'Lương',
    columns: [
      STAFF_NUMBER,
      column(
        'monthly_salary',
        'Lương tháng',
        false,
        'lương ngạch bậc cộng phụ cấp chức vụ, đồng; để trống nếu hưởng mức khoán',
      ),
      column('fixed_monthly_amount', 'Mức khoán tháng', false, 'đồng, tối đa 3.000.000; để trống nếu hưởng theo lương'),
    ],
  },
};

export const SHEET_KINDS = Object.keys(SHEETS) as SheetKind[];

/** A problem with one cell (or a whole row, when `column` is null), in Vietnamese; rows as the spreadsheet numbers them. */
export interface CellError {
  sheet: string;
  row: number;
  column: string | null;
  message: string;
}

export interface PersonRow {
  row: number;
  staffNumber: string;
  fullName: string;
  staffType: StaffType;
}

export interface AppointmentRow {
  row: number;
  staffNumber: string;
  unitCode: string;
  position: Position;
  acting: boolean;
  validFrom: string;
  validTo: string | null;
}

export interface AbsenceRow {
  row: number;
  staffNumber: string;
  kind: AbsenceKind;
  validFrom: string;
  validTo: string;
  note: string | null;
}

export interface PayRow {
  row: number;
  staffNumber: string;
  monthlySalary: number | null;
  fixedMonthlyAmount: number | null;
}

export interface ParsedImport {
  people: PersonRow[];
  appointments: AppointmentRow[];
  absences: AbsenceRow[];
  pay: PayRow[];
  errors: CellError[];
}

/** The most a fixed monthly amount may be (R30). */
export const MAX_FIXED_MONTHLY_AMOUNT = 3_000_000;

const fold = (text: string) => text.normalize('NFC').trim().toLocaleLowerCase('vi');

/** Which sheet a header row is (every required column present, none unknown), and where each column sits. */
export function recogniseHeader(header: Cell[]): { kind: SheetKind; positions: Map<string, number> } | null {
  // an unreadable header cell is no column's label: the sheet is not recognised
  const cells = header.map((cell) => (cell instanceof UnreadableCell ? cell.problem : fold(text(cell))));
  for (const kind of SHEET_KINDS) {
    const { columns } = SHEETS[kind];
    const positions = new Map<string, number>();
    cells.forEach((cell, index) => {
      const found = columns.find((candidate) => fold(candidate.label) === cell || candidate.key === cell);
      if (found && !positions.has(found.key)) positions.set(found.key, index);
    });
    const unknown = cells.some(
      (cell) => cell !== '' && !columns.some((candidate) => fold(candidate.label) === cell || candidate.key === cell),
    );
    if (!unknown && columns.every((candidate) => !candidate.required || positions.has(candidate.key)))
      return { kind, positions };
  }
  return null;
}

/** The header a sheet must have, for the message that says a sheet was not recognised. */
export function expectedHeaders(): string {
  return SHEET_KINDS.map(
    (kind) => `${SHEETS[kind].title}: ${SHEETS[kind].columns.map((c) => c.label).join(', ')}`,
  ).join(' | ');
}

function text(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof UnreadableCell) return badCell(cell.problem);
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

class CellProblem extends Error {}

/** A day from an ISO text, dd/mm/yyyy, or a workbook's date cell (midnight UTC of that day). */
export function readDay(cell: Cell): string | null {
  if (cell instanceof Date)
    return Number.isNaN(cell.getTime()) ? badCell('không phải ngày hợp lệ') : cell.toISOString().slice(0, 10);
  const value = text(cell);
  if (value === '') return null;
  const vietnamese = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const [, dd = '', mm = '', yyyy = ''] = vietnamese ?? [];
  const day = vietnamese ? `${yyyy}-${mm.padStart(2, '0')}-${dd.padStart(2, '0')}` : value;
  if (!isIsoDay(day)) return badCell(`"${value}" không phải ngày hợp lệ (dd/mm/yyyy hoặc yyyy-mm-dd)`);
  return day;
}

/** A whole number of đồng: "5250000", "5.250.000", "5,250,000" or a number cell. */
export function readAmount(cell: Cell): number | null {
  if (typeof cell === 'number')
    return Number.isSafeInteger(cell) && cell >= 0
      ? cell
      : badCell(`${cell} không phải số tiền hợp lệ (số nguyên đồng, không âm)`);
  const typed = text(cell);
  const value = typed.replace(/\s/g, '');
  if (value === '') return null;
  const digits = /^\d{1,3}([.,]\d{3})+$/.test(value) ? value.replace(/[.,]/g, '') : value;
  if (!/^\d{1,15}$/.test(digits)) return badCell(`"${typed}" không phải số tiền hợp lệ (số nguyên đồng, không âm)`);
  return Number(digits);
}

/** An enum value from its code or its Vietnamese label, whatever the case. */
export function readChoice<T extends string>(cell: Cell, labelsVi: Record<T, string>): T {
  const value = fold(text(cell));
  const found = (Object.entries(labelsVi) as Array<[T, string]>).find(
    ([code, label]) => fold(code) === value || fold(label) === value,
  );
  return found ? found[0] : badCell(`"${text(cell)}" không thuộc: ${Object.values(labelsVi).join(', ')}`);
}

/** "có", "x", "true", "1" (and a ticked box); empty or "không", "false", "0" is no. */
export function readFlag(cell: Cell): boolean {
  if (typeof cell === 'boolean') return cell;
  const value = fold(text(cell));
  if (['có', 'co', 'x', 'true', '1', 'quyền', 'phụ trách'].includes(value)) return true;
  if (['', 'không', 'khong', 'false', '0'].includes(value)) return false;
  return badCell(`"${text(cell)}" phải là "có" hoặc để trống`);
}

function badCell(message: string): never {
  throw new CellProblem(message);
}

function readText(cell: Cell, max: number): string | null {
  const value = text(cell).normalize('NFC');
  if (value === '') return null;
  if (value.length > max) badCell(`dài quá ${max} ký tự`);
  return value;
}

/**
 * Reads the data rows of one recognised sheet (`first` is the spreadsheet's number of the first row given): each
 * bad cell is reported on its row and column, and a row with any bad cell is left out.
 */
export function readRows(
  kind: SheetKind,
  rows: Cell[][],
  positions: Map<string, number>,
  first: number,
  into: ParsedImport,
): void {
  const sheet = SHEETS[kind];
  rows.forEach((cells, index) => {
    const row = first + index;
    if (cells.every((cell) => !(cell instanceof UnreadableCell) && text(cell) === '')) return;
    // set inside `read`'s callback, so a property (a plain `let` would be narrowed to its first value)
    const state = { failed: false };
    const read = <T>(key: string, reader: (cell: Cell) => T): T => {
      const spec = sheet.columns.find((candidate) => candidate.key === key) as ColumnSpec;
      const position = positions.get(key);
      const cell = position === undefined ? null : cells[position];
      try {
        if (spec.required && text(cell) === '') badCell('chưa nhập');
        return reader(cell);
      } catch (error) {
        if (!(error instanceof CellProblem)) throw error;
        state.failed = true;
        into.errors.push({ sheet: sheet.title, row, column: spec.label, message: error.message });
        return undefined as T;
      }
    };
    const staffNumber = read('staff_number', (cell) => readText(cell, 32) as string);
    if (kind === 'people') {
      const person = {
        row,
        staffNumber,
        fullName: read('full_name', (cell) => readText(cell, 255) as string),
        staffType: read('staff_type', (cell) => readChoice(cell, STAFF_TYPE_LABELS_VI)),
      };
      if (!state.failed) into.people.push(person);
    } else if (kind === 'appointments') {
      const appointment = {
        row,
        staffNumber,
        unitCode: read('unit_code', (cell) => readText(cell, 32) as string),
        position: read('position', (cell) => readChoice(cell, POSITION_LABELS_VI)),
        acting: read('acting', readFlag),
        validFrom: read('valid_from', readDay) as string,
        validTo: read('valid_to', readDay),
      };
      if (!state.failed && !endsAfterStart(appointment, sheet.title, into)) return;
      if (!state.failed) into.appointments.push(appointment);
    } else if (kind === 'absences') {
      const absence = {
        row,
        staffNumber,
        kind: read('kind', (cell) => readChoice(cell, ABSENCE_KIND_LABELS_VI)),
        validFrom: read('valid_from', readDay) as string,
        validTo: read('valid_to', readDay) as string,
        note: read('note', (cell) => readText(cell, 500)),
      };
      if (!state.failed && !endsAfterStart(absence, sheet.title, into)) return;
      if (!state.failed) into.absences.push(absence);
    } else {
      const pay = {
        row,
        staffNumber,
        monthlySalary: read('monthly_salary', readAmount),
        fixedMonthlyAmount: read('fixed_monthly_amount', readAmount),
      };
      if (state.failed) return;
      if ((pay.monthlySalary === null) === (pay.fixedMonthlyAmount === null)) {
        into.errors.push({
          sheet: sheet.title,
          row,
          column: null,
          message: 'cần đúng một trong hai: lương tháng hoặc mức khoán tháng',
        });
      } else if (pay.fixedMonthlyAmount !== null && pay.fixedMonthlyAmount > MAX_FIXED_MONTHLY_AMOUNT) {
        into.errors.push({ sheet: sheet.title, row, column: 'Mức khoán tháng', message: 'tối đa 3.000.000 đồng' });
      } else {
        into.pay.push(pay);
      }
    }
  });
}

function endsAfterStart(
  row: { row: number; validFrom: string; validTo: string | null },
  sheet: string,
  into: ParsedImport,
): boolean {
  if (row.validTo === null || row.validTo > row.validFrom) return true;
  into.errors.push({ sheet, row: row.row, column: 'Đến ngày', message: 'phải sau ngày bắt đầu' });
  return false;
}

/** A key given twice in one file: the later rows are errors naming the first. */
export function repeatedKeys<T extends { row: number }>(
  rows: T[],
  keyOf: (row: T) => string,
  sheet: string,
  what: string,
  into: ParsedImport,
): T[] {
  const first = new Map<string, number>();
  return rows.filter((row) => {
    const key = keyOf(row);
    const seen = first.get(key);
    if (seen === undefined) {
      first.set(key, row.row);
      return true;
    }
    into.errors.push({ sheet, row: row.row, column: null, message: `${what} trùng với dòng ${seen}` });
    return false;
  });
}
