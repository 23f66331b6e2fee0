import { parse } from 'csv-parse';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { DataSource, EntityManager } from 'typeorm';
import { dueAt, type WorkCalendar } from '../calendar/calendar.js';
import { loadWorkCalendar } from '../calendar/calendar.queries.js';
import { firstCycles, keepCycle } from './feedback-cycles.js';
import { cityDayOf } from '../common/dates.js';
import { isEnumValue } from '../common/enum-value.js';
import { isValidOn } from '../common/validity.js';
import { loadSettings, type Settings } from '../settings/settings.js';
import { AssignmentReason, FeedbackChannel, FeedbackStatus } from './feedback.enums.js';
import { workingDaysFor } from './feedback.rules.js';
import { FeedbackItem } from './feedback-item.entity.js';
import { unitValidities, type UnitValidity } from './feedback.queries.js';
import { findOrNotFound } from '../common/find.js';
import { queryRows } from '../common/queries.js';
import { inTransaction } from '../common/transaction.js';

/** The citizen's submission, as the file names it and as the item stores it. */
const SUBMISSION = [
  'channel',
  'category',
  'content',
  'contact_name',
  'contact_phone',
  'contact_email',
  'received_at',
] as const;

export const FEEDBACK_CSV_COLUMNS = [
  'reference',
  ...SUBMISSION,
  'unit_code',
  'status',
  'replied_at',
  'citizen_satisfied',
] as const;

type Column = (typeof FEEDBACK_CSV_COLUMNS)[number];

export interface ImportSummary {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: Array<{ line: number; reason: string }>;
}

export class ImportHeaderError extends Error {}

/** The fields an import sets and compares (the citizen's contact included). */
interface ImportedItem {
  line: number;
  reference: string;
  channel: FeedbackChannel;
  category: string;
  content: string;
  contact_name: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  received_at: Date;
  unit_id: string;
  due_at: Date;
  status: FeedbackStatus;
  replied_at: Date | null;
  citizen_satisfied: boolean | null;
}

const COMPARED = [...SUBMISSION, 'unit_id', 'status', 'replied_at', 'citizen_satisfied'] as const;
const BATCH = 5_000;
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** What an import changed on an item, field by field. */
type Changes = Partial<Record<(typeof COMPARED)[number], { from: unknown; to: unknown }>>;

function instant(value: string, column: string): Date {
  if (!ISO_WITH_OFFSET.test(value) || Number.isNaN(Date.parse(value)))
    throw new Error(`${column}: "${value}" không phải thời điểm ISO 8601 có múi giờ`);
  return new Date(value);
}

function parseRow(
  record: Record<Column, string>,
  line: number,
  units: Map<string, UnitValidity[]>,
  calendar: WorkCalendar,
  settings: Settings,
): ImportedItem {
  const value = (column: Column) => record[column].trim();
  const optional = (column: Column) => value(column) || null;
  const reference = value('reference');
  if (!reference || reference.length > 64) throw new Error('reference: trống hoặc dài quá 64 ký tự');
  const channel = value('channel');
  if (!isEnumValue(FeedbackChannel, channel))
    throw new Error(`channel: "${channel}" không thuộc ${Object.values(FeedbackChannel).join(', ')}`);
  const category = value('category');
  if (!category) throw new Error('category: trống');
  const content = value('content');
  if (!content) throw new Error('content: trống');
  if (!optional('contact_name') && !optional('contact_phone') && !optional('contact_email'))
    throw new Error('contact_*: cần ít nhất một thông tin liên hệ');
  const receivedAt = instant(value('received_at'), 'received_at');
  const day = cityDayOf(receivedAt);
  const unit = (units.get(value('unit_code')) ?? []).find((u) => isValidOn(u, day));
  if (!unit) throw new Error(`unit_code: không có đơn vị mã "${value('unit_code')}" vào ngày ${day}`);
  const status = value('status');
  if (!isEnumValue(FeedbackStatus, status)) throw new Error(`status: "${status}" không hợp lệ`);
  const repliedAt = optional('replied_at') ? instant(value('replied_at'), 'replied_at') : null;
  if (!repliedAt && (status === FeedbackStatus.REPLIED || status === FeedbackStatus.CLOSED))
    throw new Error(`replied_at: cần khi status là ${status}`);
  const satisfied = value('citizen_satisfied');
  if (!['', 'true', 'false'].includes(satisfied))
    throw new Error(`citizen_satisfied: "${satisfied}" phải là true, false hoặc để trống`);
  return {
    line,
    reference,
    channel,
    category,
    content,
    contact_name: optional('contact_name'),
    contact_phone: optional('contact_phone'),
    contact_email: optional('contact_email'),
    received_at: receivedAt,
    unit_id: unit.id,
    due_at: dueAt(calendar, receivedAt, workingDaysFor(category, settings)),
    status,
    replied_at: repliedAt,
    citizen_satisfied: satisfied === '' ? null : satisfied === 'true',
  };
}

const comparable = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

/**
 * Imports the portal's CSV export: idempotent on the reference (the same file twice changes nothing; a changed
 * row updates its item and logs what changed), bad rows reported by line and kept out, good rows kept. A wrong
 * header imports nothing.
 */
export async function importFeedbackCsv(
  db: DataSource,
  input: Readable,
  onProgress: (rows: number) => void = () => undefined,
): Promise<ImportSummary> {
  const settings = await loadSettings(db.manager);
  const calendar = await loadWorkCalendar(db.manager);
  const units = new Map<string, UnitValidity[]>();
  for (const row of await unitValidities(db.manager)) units.set(row.code, [...(units.get(row.code) ?? []), row]);
  const summary: ImportSummary = { rows: 0, created: 0, updated: 0, unchanged: 0, rejected: [] };
  const parser = input.pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true }));
  let header: string[] | null = null;
  let batch: ImportedItem[] = [];
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    if (!header) {
      header = record.map((cell) => cell.trim());
      if (
        header.length !== FEEDBACK_CSV_COLUMNS.length ||
        FEEDBACK_CSV_COLUMNS.some((column, i) => header?.[i] !== column)
      ) {
        throw new ImportHeaderError(`Dòng tiêu đề không đúng. Cần đúng các cột: ${FEEDBACK_CSV_COLUMNS.join(',')}`);
      }
      continue;
    }
    summary.rows += 1;
    try {
      if (record.length !== FEEDBACK_CSV_COLUMNS.length)
        throw new Error(`cần ${String(FEEDBACK_CSV_COLUMNS.length)} cột, có ${String(record.length)}`);
      const named = Object.fromEntries(FEEDBACK_CSV_COLUMNS.map((column, i) => [column, record[i]])) as Record<
        Column,
        string
      >;
      batch.push(parseRow(named, info.lines, units, calendar, settings));
    } catch (error) {
      summary.rejected.push({ line: info.lines, reason: (error as Error).message });
    }
    if (batch.length >= BATCH) {
      await inTransaction(db, (em) => writeBatch(em, batch, summary));
      batch = [];
      onProgress(summary.rows);
    }
  }
  if (!header) throw new ImportHeaderError(`Tệp trống. Cần dòng tiêu đề: ${FEEDBACK_CSV_COLUMNS.join(',')}`);
  if (batch.length > 0) await inTransaction(db, (em) => writeBatch(em, batch, summary));
  onProgress(summary.rows);
  return summary;
}

async function writeBatch(em: EntityManager, rows: ImportedItem[], summary: ImportSummary): Promise<void> {
  // the last row wins when a file repeats a reference
  const byReference = new Map(rows.map((row) => [row.reference, row]));
  const existing = await queryRows<Record<string, unknown> & { id: string; reference: string }>(
    em,
    `SELECT id, reference, ${COMPARED.join(', ')} FROM feedback_item WHERE reference = ANY($1::varchar[])`,
    [[...byReference.keys()]],
  );
  const found = new Map(existing.map((row) => [row.reference, row]));
  const created: Array<ImportedItem & { id: string }> = [];
  const changed: Array<{ row: ImportedItem; id: string; changes: Changes }> = [];
  for (const row of byReference.values()) {
    const old = found.get(row.reference);
    if (!old) {
      created.push({ ...row, id: randomUUID() });
      continue;
    }
    const changes: Changes = {};
    for (const field of COMPARED) {
      if (comparable(old[field]) !== comparable(row[field]))
        changes[field] = { from: comparable(old[field]), to: comparable(row[field]) };
    }
    if (Object.keys(changes).length === 0) summary.unchanged += 1;
    else changed.push({ row, id: old.id, changes });
  }
  const column = <T>(list: T[], pick: (item: T) => unknown) => list.map(pick);
  if (created.length > 0) {
    await em.query(
      `INSERT INTO feedback_item (id, reference, channel, category, content, contact_name, contact_phone, contact_email, received_at, unit_id, due_at, status, replied_at, citizen_satisfied)
       SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::feedback_channel[], $4::varchar[], $5::text[], $6::varchar[], $7::varchar[], $8::varchar[],
                            $9::timestamptz[], $10::uuid[], $11::timestamptz[], $12::feedback_status[], $13::timestamptz[], $14::boolean[])`,
      [
        column(created, (r) => r.id),
        column(created, (r) => r.reference),
        column(created, (r) => r.channel),
        column(created, (r) => r.category),
        column(created, (r) => r.content),
        column(created, (r) => r.contact_name),
        column(created, (r) => r.contact_phone),
        column(created, (r) => r.contact_email),
        column(created, (r) => r.received_at),
        column(created, (r) => r.unit_id),
        column(created, (r) => r.due_at),
        column(created, (r) => r.status),
        column(created, (r) => r.replied_at),
        column(created, (r) => r.citizen_satisfied),
      ],
    );
    await em.query(
      `INSERT INTO feedback_assignment (item_id, unit_id, assigned_at, reason, due_at)
       SELECT id, unit_id, received_at, $5, due_at FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[], $4::timestamptz[]) AS t(id, unit_id, received_at, due_at)`,
      [
        column(created, (r) => r.id),
        column(created, (r) => r.unit_id),
        column(created, (r) => r.received_at),
        column(created, (r) => r.due_at),
        AssignmentReason.INITIAL,
      ],
    );
    await firstCycles(em, created);
    await em.query(
      `INSERT INTO feedback_event (item_id, action, to_status, reason) SELECT id, 'IMPORT', status, 'Nhập từ tệp cổng 1022' FROM unnest($1::uuid[], $2::feedback_status[]) AS t(id, status)`,
      [column(created, (r) => r.id), column(created, (r) => r.status)],
    );
    summary.created += created.length;
  }
  for (const { row, id, changes } of changed) {
    await em.query(
      `UPDATE feedback_item SET channel = $2, category = $3, content = $4, contact_name = $5, contact_phone = $6, contact_email = $7,
              received_at = $8, unit_id = $9, status = $10, replied_at = $11, citizen_satisfied = $12, updated_at = now()
        WHERE id = $1`,
      [
        id,
        row.channel,
        row.category,
        row.content,
        row.contact_name,
        row.contact_phone,
        row.contact_email,
        row.received_at,
        row.unit_id,
        row.status,
        row.replied_at,
        row.citizen_satisfied,
      ],
    );
    await keepCycle(em, await findOrNotFound(em, FeedbackItem, id, ['phản ánh', 'Feedback item']));
    if (changes.unit_id) {
      await em.query(
        `INSERT INTO feedback_assignment (item_id, unit_id, assigned_at, reason, note, due_at) SELECT $1, $2, now(), $3, 'Nhập từ tệp cổng 1022', due_at FROM feedback_item WHERE id = $1`,
        [id, row.unit_id, AssignmentReason.OTHER],
      );
    }
    await em.query(
      `INSERT INTO feedback_event (item_id, action, to_status, reason, changes) VALUES ($1, 'IMPORT_UPDATE', $2, 'Cập nhật từ tệp cổng 1022', $3)`,
      [id, row.status, changes],
    );
    summary.updated += 1;
  }
}
