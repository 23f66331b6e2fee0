import type { EntityManager } from 'typeorm';
import type { Caller } from '../auth/caller.js';
import { optionalEnumValue } from '../common/enum-value.js';
import { BadInputError, NotFoundError } from '../common/errors.js';
import { isWellFormedId } from '../common/ids.js';
import {
  EvaluationStatus,
  RatingLevel,
  RULE_SET_LABELS_VI,
  STATUS_LABELS_VI,
  type PeriodKind,
  type RuleSetId,
} from '../evaluation/evaluation.enums.js';
import { evaluationPolicy } from '../evaluation/evaluation.policy.js';
import { listEvaluations } from '../evaluation/evaluation.queries.js';
import { levelVi } from '../evaluation/levels.js';
import { periodName } from '../evaluation/period.rules.js';
import { VALID_ON } from '../common/validity.js';
import { subtreeIdsOn } from '../hierarchy/tree.queries.js';
import {
  POSITION_LABELS_VI,
  POSITION_RANK,
  STAFF_TYPE_LABELS_VI,
  StaffType,
  type Position,
} from '../people/people.enums.js';
import { personPolicy } from '../people/people.policy.js';
import { listPeople } from '../people/people.queries.js';
import type { Download } from '../forms/forms.js';
import { MAX_EXPORT_ROWS, XLSX_CONTENT_TYPE, xlsxOf, type SheetColumn } from './xlsx.js';
import { queryRows } from '../common/queries.js';

/** The filters of GraphQL's `evaluations`, as plain values (from the GraphQL input or a download URL's query). */
export interface EvaluationsExportFilter {
  periodId?: string;
  unitId?: string;
  includeSubunits?: boolean;
  personId?: string;
  raterId?: string;
  status?: EvaluationStatus;
  level?: RatingLevel;
}

/** The filters of GraphQL's `people`. */
export interface PeopleExportFilter {
  unitId?: string;
  includeSubunits?: boolean;
  staffType?: StaffType;
  search?: string;
}

/** The lists GraphQL exports, each with its URL (GET with the bearer token) and the query string its filter becomes. */
export const LIST_EXPORT_PATHS = {
  evaluations: '/exports/lists/evaluations.xlsx',
  people: '/exports/lists/people.xlsx',
} as const;

/** The filter as a URL's query string (only the values given). */
export function exportUrl(path: string, filter: object | null | undefined): string {
  const query = new URLSearchParams(
    Object.entries(filter ?? {})
      .filter(([, value]) => value !== undefined && value !== null && value !== '')
      .map(([key, value]): [string, string] => [key, String(value)]),
  ).toString();
  return query ? `${path}?${query}` : path;
}

type Query = Record<string, unknown>;

/** A GraphQL filter as the query of its download URL would carry it (every value a string). */
export function asQuery(filter: object | null | undefined): Query {
  return Object.fromEntries(
    Object.entries(filter ?? {})
      .filter(([, value]) => value !== undefined && value !== null)
      .map(([key, value]) => [key, String(value)]),
  );
}
const text = (query: Query, key: string): string | undefined =>
  typeof query[key] === 'string' && query[key] !== '' ? query[key] : undefined;
const flag = (query: Query, key: string): boolean | undefined =>
  text(query, key) === undefined ? undefined : text(query, key) === 'true';

function oneOf<E extends string>(query: Query, key: string, values: Record<string, E>): E | undefined {
  const value = text(query, key);
  return optionalEnumValue(values, value, key, `giá trị không hợp lệ: ${String(value)}`);
}

/** A malformed id names nothing, as in GraphQL: NOT_FOUND. */
function ids<T extends object>(filter: T, keys: ReadonlyArray<keyof T>): T {
  for (const key of keys) {
    const value = filter[key];
    if (typeof value === 'string' && !isWellFormedId(value)) throw new NotFoundError(String(key), String(key));
  }
  return filter;
}

export function evaluationsFilterOf(query: Query): EvaluationsExportFilter {
  return ids(
    {
      periodId: text(query, 'periodId'),
      unitId: text(query, 'unitId'),
      includeSubunits: flag(query, 'includeSubunits'),
      personId: text(query, 'personId'),
      raterId: text(query, 'raterId'),
      status: oneOf(query, 'status', EvaluationStatus),
      level: oneOf(query, 'level', RatingLevel),
    },
    ['periodId', 'unitId', 'personId', 'raterId'],
  );
}

export function peopleFilterOf(query: Query): PeopleExportFilter {
  return ids(
    {
      unitId: text(query, 'unitId'),
      includeSubunits: flag(query, 'includeSubunits'),
      staffType: oneOf(query, 'staffType', StaffType),
      search: text(query, 'search')?.slice(0, 100),
    },
    ['unitId'],
  );
}

function tooMany(total: number): never {
  throw new BadInputError(
    [
      {
        field: 'filter',
        message: `danh sách có ${String(total)} dòng, quá ${String(MAX_EXPORT_ROWS)} dòng một lần xuất: hãy lọc hẹp hơn`,
      },
    ],
    `The list has ${String(total)} rows, over ${String(MAX_EXPORT_ROWS)} per export: narrow the filter.`,
  );
}

interface EvaluationRow {
  id: string;
  full_name: string;
  unit_name: string;
  kind: PeriodKind;
  year: number;
  quarter: number | null;
  month: number | null;
  position: Position;
  staff_type: StaffType;
  rule_set: RuleSetId | null;
  status: EvaluationStatus;
  self_score: string | null;
  score: string | null;
  level: RatingLevel | null;
  rater_name: string | null;
  notified_at: Date | null;
}

const EVALUATION_COLUMNS: Array<SheetColumn<EvaluationRow>> = [
  { header: 'Họ và tên', kind: 'text', value: (r) => r.full_name },
  { header: 'Đơn vị', kind: 'text', value: (r) => r.unit_name },
  { header: 'Kỳ đánh giá', kind: 'text', value: (r) => periodName(r), width: 14 },
  { header: 'Chức vụ', kind: 'text', value: (r) => POSITION_LABELS_VI[r.position], width: 16 },
  { header: 'Loại', kind: 'text', value: (r) => STAFF_TYPE_LABELS_VI[r.staff_type], width: 12 },
  { header: 'Bộ tiêu chí', kind: 'text', value: (r) => (r.rule_set ? RULE_SET_LABELS_VI[r.rule_set] : ''), width: 20 },
  { header: 'Trạng thái', kind: 'text', value: (r) => STATUS_LABELS_VI[r.status], width: 18 },
  { header: 'Điểm tự chấm', kind: 'decimal', value: (r) => r.self_score },
  { header: 'Điểm', kind: 'decimal', value: (r) => r.score },
  { header: 'Xếp loại', kind: 'text', value: (r) => (r.level ? levelVi(r.level) : ''), width: 28 },
  { header: 'Người đánh giá', kind: 'text', value: (r) => r.rater_name },
  { header: 'Thời điểm thông báo', kind: 'datetime', value: (r) => r.notified_at },
];

/** GraphQL's `evaluations` as a workbook: the same filter, the same query and the same policy (R32), every page. */
export async function evaluationsXlsx(
  em: EntityManager,
  caller: Caller,
  filter: EvaluationsExportFilter,
): Promise<Download> {
  const unitIds = filter.unitId
    ? filter.includeSubunits
      ? await subtreeIdsOn(em, filter.unitId, caller.day)
      : [filter.unitId]
    : undefined;
  const { evaluations, total } = await listEvaluations(
    em,
    {
      periodId: filter.periodId,
      unitIds,
      personId: filter.personId,
      raterId: filter.raterId,
      status: filter.status,
      level: filter.level,
    },
    evaluationPolicy.scope(caller),
    0,
    MAX_EXPORT_ROWS,
  );
  if (total > MAX_EXPORT_ROWS) tooMany(total);
  const rows = await queryRows<EvaluationRow>(
    em,
    `SELECT e.id, p.full_name, u.name AS unit_name, ep.kind, ep.year, ep.quarter, ep.month, e.position, e.staff_type, e.rule_set, e.status,
            e.self_score, e.score, e.level, r.full_name AS rater_name, e.notified_at
       FROM unnest($1::uuid[]) WITH ORDINALITY AS listed(id, n)
       JOIN evaluation e ON e.id = listed.id JOIN person p ON p.id = e.person_id JOIN unit u ON u.id = e.unit_id
       JOIN evaluation_period ep ON ep.id = e.period_id LEFT JOIN person r ON r.id = e.rater_person_id
      ORDER BY listed.n`,
    [evaluations.map((evaluation) => evaluation.id)],
  );
  return {
    filename: 'danh-sach-phieu-danh-gia.xlsx',
    contentType: XLSX_CONTENT_TYPE,
    body: await xlsxOf('Phiếu đánh giá', EVALUATION_COLUMNS, rows),
  };
}

interface PersonRow {
  full_name: string;
  staff_type: StaffType;
  unit_code: string | null;
  unit_name: string | null;
  position: Position | null;
  acting: boolean | null;
  valid_from: string | null;
}

const PERSON_COLUMNS: Array<SheetColumn<PersonRow>> = [
  { header: 'Họ và tên', kind: 'text', value: (r) => r.full_name },
  { header: 'Loại', kind: 'text', value: (r) => STAFF_TYPE_LABELS_VI[r.staff_type], width: 12 },
  { header: 'Mã đơn vị', kind: 'text', value: (r) => r.unit_code, width: 12 },
  { header: 'Đơn vị', kind: 'text', value: (r) => r.unit_name },
  { header: 'Chức vụ', kind: 'text', value: (r) => (r.position ? POSITION_LABELS_VI[r.position] : ''), width: 16 },
  { header: 'Quyền (giữ chức vụ tạm thời)', kind: 'boolean', value: (r) => r.acting },
  { header: 'Bổ nhiệm từ ngày', kind: 'date', value: (r) => r.valid_from },
];

/** GraphQL's `people` as a workbook, with each person's main appointment today (the people policy's scope). */
export async function peopleXlsx(em: EntityManager, caller: Caller, filter: PeopleExportFilter): Promise<Download> {
  const unitIds = filter.unitId
    ? filter.includeSubunits
      ? await subtreeIdsOn(em, filter.unitId, caller.day)
      : [filter.unitId]
    : undefined;
  const { people, total } = await listPeople(
    em,
    { unitIds, staffType: filter.staffType, search: filter.search },
    personPolicy.scope(caller),
    caller.day,
    0,
    MAX_EXPORT_ROWS,
  );
  if (total > MAX_EXPORT_ROWS) tooMany(total);
  const rows = await queryRows<PersonRow>(
    em,
    `SELECT p.full_name, p.staff_type, a.code AS unit_code, a.name AS unit_name, a.position, a.acting, a.valid_from
       FROM unnest($1::uuid[]) WITH ORDINALITY AS listed(id, n)
       JOIN person p ON p.id = listed.id
       LEFT JOIN LATERAL (
         SELECT u.code, u.name, ap.position, ap.acting, ap.valid_from FROM appointment ap JOIN unit u ON u.id = ap.unit_id
          WHERE ap.person_id = p.id AND ${VALID_ON('ap')}
          ORDER BY ap.acting, array_position($3::"position"[], ap.position), ap.valid_from LIMIT 1
       ) a ON TRUE
      ORDER BY listed.n`,
    [people.map((person) => person.id), caller.day, POSITION_RANK],
  );
  return {
    filename: 'danh-sach-can-bo.xlsx',
    contentType: XLSX_CONTENT_TYPE,
    body: await xlsxOf('Cán bộ, công chức', PERSON_COLUMNS, rows),
  };
}
