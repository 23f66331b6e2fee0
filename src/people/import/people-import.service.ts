import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../auth/caller.js';
import { isValidOn } from '../../common/validity.js';
import { BadInputError, ForbiddenError } from '../../common/errors.js';
import type { OrganisationChanged } from '../../hierarchy/hierarchy.service.js';
import { Position, StaffType } from '../people.enums.js';
import { personPolicy } from '../people.policy.js';
import { readSpreadsheet } from './people-import.file.js';
import {
  expectedHeaders,
  readRows,
  recogniseHeader,
  repeatedKeys,
  SHEETS,
  SHEET_KINDS,
  UnreadableCell,
  type AbsenceRow,
  type AppointmentRow,
  type CellError,
  type ParsedImport,
  type PayRow,
  type PersonRow,
  type SheetKind,
} from './people-import.rules.js';
import { queryRows } from '../../common/queries.js';
import { inTransaction } from '../../common/transaction.js';

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** A row the import adds or changes, with the fields it changes (shown by the preview). */
export interface ImportChange {
  sheet: string;
  row: number;
  outcome: 'NEW' | 'CHANGED';
  fields: string[];
}

export interface PeopleImportReport {
  /** Whether the changes were written: only an apply without a single error is. */
  applied: boolean;
  rows: number;
  counts: Record<SheetKind, ImportCounts>;
  errors: CellError[];
  /** The first MAX_LISTED new or changed rows. */
  changes: ImportChange[];
  /** Sheets whose header is none of the import's (a guide, notes): read past. */
  ignoredSheets: string[];
}

/** How far the import is: rows dealt with out of the file's rows. */
export type ImportProgress = (done: number, total: number) => void;

export const MAX_LISTED = 500;

/** Thrown inside the transaction to roll it back with the report in hand: a preview, or an apply with errors. */
class RolledBack extends Error {
  constructor(readonly report: PeopleImportReport) {
    super('rolled back');
  }
}

interface UnitValidity {
  id: string;
  validFrom: string;
  validTo: string | null;
}

const EXCLUSION_VIOLATION = '23P01';

/**
 * Home Affairs' import of people, appointments, absences and pay from a workbook or a CSV. The preview *is* the
 * apply, run in one transaction and rolled back, so the two always agree (a head overlap found by the database
 * shows in the preview). An apply writes everything or, if any row has an error, nothing. Idempotent on each
 * person's staff number: the same file twice changes nothing.
 */
export class PeopleImportService {
  constructor(
    private readonly db: DataSource,
    private readonly changed: OrganisationChanged = async () => undefined,
  ) {}

  mayImport(caller: Caller): boolean {
    return personPolicy.can(caller, 'import');
  }

  /** `caller` null: a command-line job, run by whoever operates the server. */
  async run(
    caller: Caller | null,
    bytes: Buffer,
    options: { apply: boolean; onProgress?: ImportProgress },
  ): Promise<PeopleImportReport> {
    if (caller && !this.mayImport(caller)) throw new ForbiddenError();
    const { parsed, ignoredSheets } = parse(await readSpreadsheet(bytes));
    const progress = options.onProgress ?? (() => undefined);
    const total = parsed.people.length + parsed.appointments.length + parsed.absences.length + parsed.pay.length;
    try {
      return await inTransaction(this.db, async (em) => {
        const { touchedUnits, ...report } = await new ImportRun(em, parsed, ignoredSheets, total, progress).write();
        if (!options.apply || report.errors.length > 0) throw new RolledBack(report);
        await this.changed(em, touchedUnits);
        return { ...report, applied: true };
      });
    } catch (error) {
      if (!(error instanceof RolledBack)) throw error;
      return error.report;
    }
  }
}

/** The sheets recognised by their headers, read into rows (bad cells reported), keys given twice refused. */
function parse(sheets: Awaited<ReturnType<typeof readSpreadsheet>>): { parsed: ParsedImport; ignoredSheets: string[] } {
  const parsed: ParsedImport = { people: [], appointments: [], absences: [], pay: [], errors: [] };
  const ignoredSheets: string[] = [];
  for (const sheet of sheets) {
    const headerIndex = sheet.rows.findIndex((row) =>
      row.some(
        (cell) => cell instanceof UnreadableCell || (cell !== null && cell !== undefined && String(cell).trim() !== ''),
      ),
    );
    const header = sheet.rows[headerIndex];
    const recognised = header ? recogniseHeader(header) : null;
    if (!recognised) {
      ignoredSheets.push(sheet.name);
      continue;
    }
    readRows(recognised.kind, sheet.rows.slice(headerIndex + 1), recognised.positions, headerIndex + 2, parsed);
  }
  if (ignoredSheets.length === sheets.length) {
    throw new BadInputError(
      [{ field: 'file', message: `không nhận ra trang tính nào; dòng tiêu đề cần các cột — ${expectedHeaders()}` }],
      'No sheet has a known header.',
    );
  }
  parsed.people = repeatedKeys(parsed.people, (row) => row.staffNumber, SHEETS.people.title, 'số hiệu cán bộ', parsed);
  parsed.appointments = repeatedKeys(
    parsed.appointments,
    (row) => `${row.staffNumber}|${row.unitCode}|${row.position}|${row.validFrom}`,
    SHEETS.appointments.title,
    'bổ nhiệm (cùng người, đơn vị, chức vụ, ngày bắt đầu)',
    parsed,
  );
  parsed.absences = repeatedKeys(
    parsed.absences,
    (row) => `${row.staffNumber}|${row.kind}|${row.validFrom}`,
    SHEETS.absences.title,
    'vắng mặt (cùng người, loại, ngày bắt đầu)',
    parsed,
  );
  parsed.pay = repeatedKeys(parsed.pay, (row) => row.staffNumber, SHEETS.pay.title, 'số hiệu cán bộ', parsed);
  return { parsed, ignoredSheets };
}

const column = <T, V>(rows: T[], pick: (row: T) => V) => rows.map(pick);

/** One run of the import inside its transaction: compares each row with what is stored and writes the difference. */
class ImportRun {
  private readonly report: PeopleImportReport & { touchedUnits: string[] };
  private readonly personIds = new Map<string, string>();
  private done = 0;

  constructor(
    private readonly em: EntityManager,
    private readonly parsed: ParsedImport,
    ignoredSheets: string[],
    private readonly total: number,
    private readonly progress: ImportProgress,
  ) {
    const counts = Object.fromEntries(
      SHEET_KINDS.map((kind) => [kind, { created: 0, updated: 0, unchanged: 0 }]),
    ) as Record<SheetKind, ImportCounts>;
    this.report = {
      applied: false,
      rows: total,
      counts,
      errors: [...parsed.errors],
      changes: [],
      ignoredSheets,
      touchedUnits: [],
    };
  }

  async write(): Promise<PeopleImportReport & { touchedUnits: string[] }> {
    await this.people();
    await this.appointments();
    await this.absences();
    await this.pay();
    this.report.errors.sort((a, b) => SHEET_ORDER(a.sheet) - SHEET_ORDER(b.sheet) || a.row - b.row);
    return this.report;
  }

  private advance(rows: number): void {
    this.done += rows;
    this.progress(this.done, this.total);
  }

  private outcome(kind: SheetKind, row: number, fields: string[] | null): void {
    const counts = this.report.counts[kind];
    if (fields === null) counts.created += 1;
    else if (fields.length === 0) counts.unchanged += 1;
    else counts.updated += 1;
    if (fields?.length !== 0 && this.report.changes.length < MAX_LISTED) {
      this.report.changes.push({
        sheet: SHEETS[kind].title,
        row,
        outcome: fields === null ? 'NEW' : 'CHANGED',
        fields: fields ?? [],
      });
    }
  }

  private error(kind: SheetKind, row: number, columnLabel: string | null, message: string): void {
    this.report.errors.push({ sheet: SHEETS[kind].title, row, column: columnLabel, message });
  }

  private async people(): Promise<void> {
    const rows = this.parsed.people;
    const referenced = [
      ...new Set(
        [...rows, ...this.parsed.appointments, ...this.parsed.absences, ...this.parsed.pay].map(
          (row) => row.staffNumber,
        ),
      ),
    ];
    const stored = await queryRows<{ id: string; staffNumber: string; fullName: string; staffType: StaffType }>(
      this.em,
      `SELECT id, staff_number AS "staffNumber", full_name AS "fullName", staff_type AS "staffType" FROM person WHERE staff_number = ANY($1::varchar[])`,
      [referenced],
    );
    const byNumber = new Map(stored.map((person) => [person.staffNumber, person]));
    for (const person of stored) this.personIds.set(person.staffNumber, person.id);
    const created: Array<PersonRow & { id: string }> = [];
    const updated: Array<PersonRow & { id: string }> = [];
    for (const row of rows) {
      const old = byNumber.get(row.staffNumber);
      if (!old) {
        const id = randomUUID();
        this.personIds.set(row.staffNumber, id);
        created.push({ ...row, id });
        this.outcome('people', row.row, null);
        continue;
      }
      const fields = [old.fullName !== row.fullName && 'Họ và tên', old.staffType !== row.staffType && 'Loại'].filter(
        (field): field is string => Boolean(field),
      );
      if (fields.length > 0) updated.push({ ...row, id: old.id });
      this.outcome('people', row.row, fields);
    }
    if (created.length > 0) {
      await this.em.query(
        `INSERT INTO person (id, staff_number, full_name, staff_type)
         SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::staff_type[])`,
        [
          column(created, (r) => r.id),
          column(created, (r) => r.staffNumber),
          column(created, (r) => r.fullName),
          column(created, (r) => r.staffType),
        ],
      );
    }
    if (updated.length > 0) {
      await this.em.query(
        `UPDATE person p SET full_name = t.full_name, staff_type = t.staff_type, updated_at = now()
           FROM unnest($1::uuid[], $2::varchar[], $3::staff_type[]) AS t(id, full_name, staff_type) WHERE p.id = t.id`,
        [column(updated, (r) => r.id), column(updated, (r) => r.fullName), column(updated, (r) => r.staffType)],
      );
    }
    this.advance(rows.length);
  }

  /** The rows whose person is known (in the file or already stored); the others are errors on their staff number. */
  private known<T extends { row: number; staffNumber: string }>(
    kind: SheetKind,
    rows: T[],
  ): Array<T & { personId: string }> {
    return rows.flatMap((row) => {
      const personId = this.personIds.get(row.staffNumber);
      if (personId) return [{ ...row, personId }];
      this.error(
        kind,
        row.row,
        'Số hiệu cán bộ',
        `không có cán bộ số hiệu "${row.staffNumber}" trong tệp hay trong hệ thống`,
      );
      return [];
    });
  }

  private async appointments(): Promise<void> {
    const units = new Map<string, UnitValidity[]>();
    const codes = [...new Set(this.parsed.appointments.map((row) => row.unitCode))];
    const unitRows = await queryRows<UnitValidity & { code: string }>(
      this.em,
      `SELECT id, code, valid_from AS "validFrom", valid_to AS "validTo" FROM unit WHERE code = ANY($1::varchar[])`,
      [codes],
    );
    for (const unit of unitRows) units.set(unit.code, [...(units.get(unit.code) ?? []), unit]);

    const rows = this.known('appointments', this.parsed.appointments).flatMap((row) => {
      // R1: a code means a unit only on a day, here the appointment's first day
      const unit = (units.get(row.unitCode) ?? []).find((candidate) => isValidOn(candidate, row.validFrom));
      if (!unit) {
        this.error(
          'appointments',
          row.row,
          'Mã đơn vị',
          `không có đơn vị mã "${row.unitCode}" vào ngày ${row.validFrom}`,
        );
        return [];
      }
      if (unit.validTo !== null && (row.validTo === null || row.validTo > unit.validTo)) {
        this.error(
          'appointments',
          row.row,
          'Đến ngày',
          `đơn vị mã "${row.unitCode}" chỉ có hiệu lực đến ngày ${unit.validTo}: cần ngày kết thúc không muộn hơn`,
        );
        return [];
      }
      return [{ ...row, unitId: unit.id }];
    });
    const stored = await queryRows<{
      id: string;
      personId: string;
      unitId: string;
      position: string;
      acting: boolean;
      validFrom: string;
      validTo: string | null;
    }>(
      this.em,
      `SELECT id, person_id AS "personId", unit_id AS "unitId", position, acting, valid_from AS "validFrom", valid_to AS "validTo"
         FROM appointment WHERE person_id = ANY($1::uuid[])`,
      [[...new Set(rows.map((row) => row.personId))]],
    );
    const keyOf = (a: { personId: string; unitId: string; position: string; validFrom: string }) =>
      `${a.personId}|${a.unitId}|${a.position}|${a.validFrom}`;
    const byKey = new Map(stored.map((appointment) => [keyOf(appointment), appointment]));
    type Resolved = (typeof rows)[number];
    const created: Resolved[] = [];
    const updated: Array<Resolved & { id: string; fields: string[] }> = [];
    for (const row of rows) {
      const old = byKey.get(keyOf(row));
      if (!old) {
        created.push(row);
        continue;
      }
      const fields = [
        old.acting !== row.acting && 'Quyền, phụ trách',
        old.validTo !== row.validTo && 'Đến ngày',
      ].filter((field): field is string => Boolean(field));
      if (fields.length > 0) updated.push({ ...row, id: old.id, fields });
      else this.outcome('appointments', row.row, fields);
    }
    const isHead = (row: Resolved) => row.position === Position.HEAD;
    // ends first, so that a file ending one head's term and starting the next one's applies in either order of rows
    const others = updated.filter((row) => !isHead(row));
    await this.updateAppointments(others);
    for (const row of others) this.outcome('appointments', row.row, row.fields);
    for (const row of updated.filter(isHead)) await this.oneHead(row, row.fields, () => this.updateAppointments([row]));
    const newOthers = created.filter((row) => !isHead(row));
    await this.insertAppointments(newOthers);
    for (const row of newOthers) this.outcome('appointments', row.row, null);
    for (const row of created.filter(isHead)) await this.oneHead(row, null, () => this.insertAppointments([row]));
    this.report.touchedUnits = [...new Set([...created, ...updated].map((row) => row.unitId))];
    this.advance(this.parsed.appointments.length);
  }

  /**
   * R3 is the database's: each head's row is written on its own savepoint, so an overlap with another head of the
   * unit is reported on that row, and the rest of the run goes on to find every other problem.
   */
  private async oneHead(
    row: AppointmentRow & { unitId: string },
    fields: string[] | null,
    write: () => Promise<void>,
  ): Promise<void> {
    await this.em.query('SAVEPOINT head_row');
    try {
      await write();
      await this.em.query('RELEASE SAVEPOINT head_row');
      this.outcome('appointments', row.row, fields);
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code !== EXCLUSION_VIOLATION) throw error;
      await this.em.query('ROLLBACK TO SAVEPOINT head_row');
      this.error(
        'appointments',
        row.row,
        'Từ ngày',
        `đơn vị mã "${row.unitCode}" đã có người đứng đầu${row.acting ? ' (quyền)' : ''} trong thời gian này`,
      );
    }
  }

  private async insertAppointments(rows: Array<AppointmentRow & { personId: string; unitId: string }>): Promise<void> {
    if (rows.length === 0) return;
    await this.em.query(
      `INSERT INTO appointment (person_id, unit_id, position, acting, valid_from, valid_to)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::"position"[], $4::boolean[], $5::date[], $6::date[])`,
      [
        column(rows, (r) => r.personId),
        column(rows, (r) => r.unitId),
        column(rows, (r) => r.position),
        column(rows, (r) => r.acting),
        column(rows, (r) => r.validFrom),
        column(rows, (r) => r.validTo),
      ],
    );
  }

  private async updateAppointments(rows: Array<AppointmentRow & { id: string }>): Promise<void> {
    if (rows.length === 0) return;
    await this.em.query(
      `UPDATE appointment a SET acting = t.acting, valid_to = t.valid_to
         FROM unnest($1::uuid[], $2::boolean[], $3::date[]) AS t(id, acting, valid_to) WHERE a.id = t.id`,
      [column(rows, (r) => r.id), column(rows, (r) => r.acting), column(rows, (r) => r.validTo)],
    );
  }

  private async absences(): Promise<void> {
    const rows = this.known('absences', this.parsed.absences);
    const stored = await queryRows<{
      id: string;
      personId: string;
      kind: string;
      validFrom: string;
      validTo: string;
      note: string | null;
    }>(
      this.em,
      `SELECT id, person_id AS "personId", kind, valid_from AS "validFrom", valid_to AS "validTo", note FROM absence WHERE person_id = ANY($1::uuid[])`,
      [[...new Set(rows.map((row) => row.personId))]],
    );
    const byKey = new Map(
      stored.map((absence) => [`${absence.personId}|${absence.kind}|${absence.validFrom}`, absence]),
    );
    const created: Array<AbsenceRow & { personId: string }> = [];
    const updated: Array<AbsenceRow & { id: string }> = [];
    for (const row of rows) {
      const old = byKey.get(`${row.personId}|${row.kind}|${row.validFrom}`);
      if (!old) {
        created.push(row);
        this.outcome('absences', row.row, null);
        continue;
      }
      const fields = [old.validTo !== row.validTo && 'Đến ngày', old.note !== row.note && 'Ghi chú'].filter(
        (field): field is string => Boolean(field),
      );
      if (fields.length > 0) updated.push({ ...row, id: old.id });
      this.outcome('absences', row.row, fields);
    }
    if (created.length > 0) {
      await this.em.query(
        `INSERT INTO absence (person_id, kind, valid_from, valid_to, note)
         SELECT * FROM unnest($1::uuid[], $2::absence_kind[], $3::date[], $4::date[], $5::varchar[])`,
        [
          column(created, (r) => r.personId),
          column(created, (r) => r.kind),
          column(created, (r) => r.validFrom),
          column(created, (r) => r.validTo),
          column(created, (r) => r.note),
        ],
      );
    }
    if (updated.length > 0) {
      await this.em.query(
        `UPDATE absence a SET valid_to = t.valid_to, note = t.note FROM unnest($1::uuid[], $2::date[], $3::varchar[]) AS t(id, valid_to, note) WHERE a.id = t.id`,
        [column(updated, (r) => r.id), column(updated, (r) => r.validTo), column(updated, (r) => r.note)],
      );
    }
    this.advance(this.parsed.absences.length);
  }

  private async pay(): Promise<void> {
    const rows = this.known('pay', this.parsed.pay);
    const stored = await queryRows<{
      personId: string;
      monthlySalary: string | null;
      fixedMonthlyAmount: string | null;
    }>(
      this.em,
      `SELECT person_id AS "personId", monthly_salary AS "monthlySalary", fixed_monthly_amount AS "fixedMonthlyAmount" FROM person_pay WHERE person_id = ANY($1::uuid[])`,
      [rows.map((row) => row.personId)],
    );
    const byPerson = new Map(stored.map((pay) => [pay.personId, pay]));
    const written: Array<PayRow & { personId: string }> = [];
    for (const row of rows) {
      const old = byPerson.get(row.personId);
      const number = (value: string | null) => (value === null ? null : Number(value));
      const fields = old
        ? [
            number(old.monthlySalary) !== row.monthlySalary && 'Lương tháng',
            number(old.fixedMonthlyAmount) !== row.fixedMonthlyAmount && 'Mức khoán tháng',
          ].filter((field): field is string => Boolean(field))
        : null;
      if (fields === null || fields.length > 0) written.push(row);
      this.outcome('pay', row.row, fields);
    }
    if (written.length > 0) {
      await this.em.query(
        `INSERT INTO person_pay (person_id, monthly_salary, fixed_monthly_amount) SELECT * FROM unnest($1::uuid[], $2::bigint[], $3::bigint[])
         ON CONFLICT (person_id) DO UPDATE SET monthly_salary = excluded.monthly_salary, fixed_monthly_amount = excluded.fixed_monthly_amount`,
        [
          column(written, (r) => r.personId),
          column(written, (r) => r.monthlySalary),
          column(written, (r) => r.fixedMonthlyAmount),
        ],
      );
    }
    this.advance(this.parsed.pay.length);
  }
}

const SHEET_ORDER = (title: string) => SHEET_KINDS.findIndex((kind) => SHEETS[kind].title === title);
