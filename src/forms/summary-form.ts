import { EvaluationStatus, LEVEL_ORDER, type PeriodKind, RatingLevel } from '../evaluation/evaluation.enums.js';
import { formatNumber, levelVi } from '../evaluation/levels.js';
import { periodName } from '../evaluation/period.rules.js';
import { POSITION_LABELS_VI, type Position, type StaffType } from '../people/people.enums.js';
import { dateLine, fileSlug, NATIONAL_MOTTO, type FormDocument } from './document.js';

/** What the summary list of a unit's results in a period is filled from. */
export interface SummaryFormData {
  unit: { name: string; parentName: string | null };
  period: { kind: PeriodKind; year: number; quarter: number | null; month: number | null };
  /** the unit's head on the period's last day, who signs */
  head: string | null;
  rows: Array<{
    fullName: string;
    position: Position;
    staffType: StaffType;
    unitName: string;
    score: number | null;
    level: RatingLevel | null;
    status: EvaluationStatus;
  }>;
}

const STANDING: readonly EvaluationStatus[] = [
  EvaluationStatus.APPROVED,
  EvaluationStatus.NOTIFIED,
  EvaluationStatus.UPHELD,
  EvaluationStatus.REVISED,
];

/** A result counts in the summary once approved; before that the row says what it waits for. */
function note(status: EvaluationStatus): string {
  if (STANDING.includes(status)) return '';
  if (status === EvaluationStatus.APPEALED) return 'Đang khiếu nại';
  if (status === EvaluationStatus.REVIEWED) return 'Chờ phê duyệt';
  return 'Chưa đánh giá';
}

/** Danh sách tổng hợp kết quả xếp loại chất lượng: one row per person, then the count and share of each level. */
export function summaryForm(data: SummaryFormData): FormDocument {
  const period = periodName(data.period);
  const standing = data.rows.filter((row) => STANDING.includes(row.status) && row.level);
  const levels = [...LEVEL_ORDER, RatingLevel.NOT_RATED];
  const count = (level: RatingLevel) => standing.filter((row) => row.level === level).length;
  const share = (n: number) =>
    standing.length === 0 ? '' : `${formatNumber(Math.round((n / standing.length) * 10000) / 100)}%`;
  return {
    name: fileSlug('danh-sach-tong-hop', data.unit.name, period),
    title: `Danh sách tổng hợp kết quả xếp loại — ${data.unit.name} — ${period}`,
    blocks: [
      {
        kind: 'letterhead',
        left: [...(data.unit.parentName ? [data.unit.parentName.toUpperCase()] : []), data.unit.name.toUpperCase()],
        right: NATIONAL_MOTTO,
      },
      {
        kind: 'title',
        lines: ['DANH SÁCH TỔNG HỢP', 'KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG'],
        notes: [`${data.unit.name} — ${period}`],
      },
      {
        kind: 'table',
        columns: [
          { header: 'STT', width: 0.07, align: 'center' },
          { header: 'Họ và tên', width: 0.25 },
          { header: 'Chức vụ', width: 0.15 },
          { header: 'Đơn vị', width: 0.18 },
          { header: 'Điểm', width: 0.08, align: 'center' },
          { header: 'Xếp loại', width: 0.15 },
          { header: 'Ghi chú', width: 0.12 },
        ],
        rows: data.rows.map((row, i) => {
          const counted = STANDING.includes(row.status);
          return [
            String(i + 1),
            row.fullName,
            POSITION_LABELS_VI[row.position],
            row.unitName,
            counted && row.score !== null ? formatNumber(row.score) : '',
            counted && row.level ? levelVi(row.level) : '',
            note(row.status),
          ];
        }),
      },
      { kind: 'heading', text: 'TỔNG HỢP' },
      {
        kind: 'table',
        columns: [
          { header: 'Mức xếp loại', width: 0.6 },
          { header: 'Số người', width: 0.2, align: 'center' },
          { header: 'Tỷ lệ', width: 0.2, align: 'center' },
        ],
        rows: levels.map((level) => [levelVi(level), String(count(level)), share(count(level))]),
        total: ['Tổng số đã phê duyệt', String(standing.length), standing.length > 0 ? '100%' : ''],
      },
      {
        kind: 'paragraph',
        text: `Tổng số người trong danh sách: ${String(data.rows.length)}; chưa có kết quả được phê duyệt: ${String(data.rows.length - standing.length)}.`,
        italic: true,
      },
      {
        kind: 'signatures',
        dateLine: dateLine(null),
        slots: [{ title: 'NGƯỜI LẬP BIỂU' }, { title: 'THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ', name: data.head }],
      },
    ],
  };
}
