import {
  EvaluationStatus,
  PeriodKind,
  RATED_STATUSES,
  RatingLevel,
  RuleSetId,
} from '../evaluation/evaluation.enums.js';
import { formatNumber, levelVi } from '../evaluation/levels.js';
import { periodName } from '../evaluation/period.rules.js';
import type { Criteria, ScoreParts, Split, TaskProduct } from '../evaluation/rule-sets/rule-set.js';
import { Position, POSITION_LABELS_VI, STAFF_TYPE_LABELS_VI, type StaffType } from '../people/people.enums.js';
import { BLANK, dateLine, fileSlug, NATIONAL_MOTTO, type Block, type FormDocument } from './document.js';

/** What the evaluation form of a person and period is filled from (read by forms.queries.ts). */
export interface EvaluationFormData {
  person: { fullName: string };
  position: Position;
  staffType: StaffType;
  unit: { name: string; parentName: string | null };
  period: { kind: PeriodKind; year: number; quarter: number | null; month: number | null };
  ruleSet: RuleSetId | null;
  split: Split;
  status: EvaluationStatus;
  selfParts: ScoreParts | null;
  selfCriteria: Criteria | null;
  selfScore: number | null;
  narrative: string | null;
  parts: ScoreParts | null;
  criteria: Criteria | null;
  score: number | null;
  level: RatingLevel | null;
  reason: string | null;
  comment: string | null;
  collectiveComment: string | null;
  partyComment: string | null;
  explanation: string[];
  rater: { fullName: string; unitName: string | null } | null;
  /** the day the result was approved, for the date line of the rater's signature */
  approvedOn: string | null;
}

const LEGAL_BASIS: Record<RuleSetId, string> = {
  ND335: '(Theo Nghị định số 335/2025/NĐ-CP của Chính phủ — thang điểm 100)',
  HCM_QD20: '(Theo Quyết định số 20/2024/QĐ-UBND của Ủy ban nhân dân Thành phố Hồ Chí Minh)',
  ND90_48: '(Theo Nghị định số 90/2020/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định số 48/2023/NĐ-CP)',
};

const number = (value: number | null | undefined) => (value === null || value === undefined ? '' : formatNumber(value));
const percent = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : `${formatNumber(value)}%`;
const text = (value: string | null | undefined) => (value && value.trim() ? value.trim() : BLANK);

/** "PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC" — the appendix of the person's staff type. */
export function formTitle(staffType: StaffType): string {
  return `PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ${STAFF_TYPE_LABELS_VI[staffType].toUpperCase()}`;
}

function productLine(product: TaskProduct): string {
  const flags = [product.late ? 'chậm' : null, product.belowQuality ? 'chưa đạt chất lượng' : null].filter(Boolean);
  return flags.length > 0 ? `${product.name} (${flags.join(', ')})` : product.name;
}

/** The score parts, self and rater side by side: general criteria, task results (itemised when given), the total. */
function pointsTable(data: EvaluationFormData, rated: boolean): Block[] {
  const self = data.selfParts;
  const rater = rated ? data.parts : null;
  const products = rater?.products ?? self?.products ?? null;
  const rows: string[][] = [
    [
      '1',
      `Tiêu chí chung (tối đa ${String(data.split.general)} điểm)`,
      number(self?.generalScore),
      number(rater?.generalScore),
    ],
    [
      '2',
      `Kết quả thực hiện chức trách, nhiệm vụ được giao (tối đa ${String(data.split.task)} điểm)`,
      number(self?.taskScore),
      number(rater?.taskScore),
    ],
  ];
  const blocks: Block[] = [
    {
      kind: 'table',
      columns: [
        { header: 'STT', width: 0.08, align: 'center' },
        { header: 'Nội dung đánh giá', width: 0.56 },
        { header: 'Cá nhân tự chấm', width: 0.18, align: 'center' },
        { header: 'Cấp có thẩm quyền chấm', width: 0.18, align: 'center' },
      ],
      rows,
      total: ['', 'Tổng điểm (thang điểm 100)', number(data.selfScore), rated ? number(data.score) : ''],
    },
  ];
  if (products && products.length > 0) {
    blocks.push(
      { kind: 'paragraph', text: 'Sản phẩm, kết quả công việc cụ thể:', italic: true },
      {
        kind: 'table',
        columns: [
          { header: 'STT', width: 0.08, align: 'center' },
          { header: 'Sản phẩm (chậm tiến độ, chưa đạt chất lượng)', width: 0.72 },
          { header: 'Điểm tối đa', width: 0.2, align: 'center' },
        ],
        rows: products.map((product, i) => [String(i + 1), productLine(product), number(product.points)]),
      },
    );
  }
  return blocks;
}

/** ND90_48: the figures, in percent, self and rater side by side. */
function criteriaTable(data: EvaluationFormData, rated: boolean): Block {
  const self = data.selfCriteria;
  const rater = rated ? data.criteria : null;
  const row = (label: string, key: keyof Criteria) => [
    label,
    percent(self?.[key] as number | null),
    percent(rater?.[key] as number | null),
  ];
  const rows = [
    row('Tỷ lệ nhiệm vụ hoàn thành đúng hạn', 'tasksOnTimePercent'),
    row('Tỷ lệ nhiệm vụ vượt tiến độ, vượt chất lượng', 'tasksExceededPercent'),
  ];
  if (data.position === Position.HEAD) {
    rows.push(
      row('Tỷ lệ chỉ tiêu của đơn vị hoàn thành', 'targetsMetPercent'),
      row('Tỷ lệ chỉ tiêu của đơn vị vượt mức', 'targetsExceededPercent'),
      row('Tỷ lệ đơn vị trực thuộc hoàn thành nhiệm vụ trở lên', 'subunitsCompletedPercent'),
      row('Tỷ lệ đơn vị trực thuộc hoàn thành tốt nhiệm vụ trở lên', 'subunitsGoodPercent'),
    );
  }
  return {
    kind: 'table',
    columns: [
      { header: 'Tiêu chí', width: 0.6 },
      { header: 'Cá nhân tự đánh giá', width: 0.2, align: 'center' },
      { header: 'Cấp có thẩm quyền đánh giá', width: 0.2, align: 'center' },
    ],
    rows,
  };
}

/**
 * The evaluation form of a person and period, in the order of the decrees' appendices: who, the
 * self-assessment and its signature, the collective's comments (and the Party committee's, for a head), the
 * competent authority's comments, score and level, and its signature.
 */
export function evaluationForm(data: EvaluationFormData): FormDocument {
  const period = periodName(data.period);
  const title = formTitle(data.staffType);
  const rated = RATED_STATUSES.includes(data.status);
  const selfAssessed = data.status !== EvaluationStatus.DRAFT;
  const isHead = data.position === Position.HEAD;
  const periodLine = data.period.kind === PeriodKind.YEAR ? `Năm ${String(data.period.year)}` : period;
  const blocks: Block[] = [
    {
      kind: 'letterhead',
      left: [...(data.unit.parentName ? [data.unit.parentName.toUpperCase()] : []), data.unit.name.toUpperCase()],
      right: NATIONAL_MOTTO,
    },
    { kind: 'title', lines: [title], notes: [periodLine, ...(data.ruleSet ? [LEGAL_BASIS[data.ruleSet]] : [])] },
    {
      kind: 'fields',
      rows: [
        ['Họ và tên', data.person.fullName],
        [
          'Chức vụ, chức danh',
          `${POSITION_LABELS_VI[data.position]} (${STAFF_TYPE_LABELS_VI[data.staffType].toLowerCase()})`,
        ],
        ['Cơ quan, đơn vị công tác', data.unit.name],
        ['Kỳ đánh giá', period],
      ],
    },
    { kind: 'heading', text: 'I. KẾT QUẢ TỰ ĐÁNH GIÁ, XẾP LOẠI CỦA CÁ NHÂN' },
    {
      kind: 'paragraph',
      text: '1. Tự nhận xét ưu điểm, khuyết điểm, kết quả thực hiện chức trách, nhiệm vụ được giao:',
    },
    { kind: 'paragraph', text: selfAssessed ? text(data.narrative) : BLANK },
    { kind: 'paragraph', text: '2. Kết quả tự chấm điểm:' },
    ...(data.ruleSet === RuleSetId.ND90_48 ? [criteriaTable(data, rated)] : pointsTable(data, rated)),
    {
      kind: 'signatures',
      dateLine: dateLine(null),
      slots: [{ title: 'NGƯỜI TỰ ĐÁNH GIÁ', name: data.person.fullName }],
    },
    { kind: 'heading', text: 'II. Ý KIẾN CỦA TẬP THỂ CƠ QUAN, ĐƠN VỊ' },
    { kind: 'paragraph', text: text(data.collectiveComment) },
  ];
  if (isHead)
    blocks.push(
      { kind: 'heading', text: 'III. NHẬN XÉT CỦA CẤP ỦY NƠI CÔNG TÁC' },
      { kind: 'paragraph', text: text(data.partyComment) },
    );
  blocks.push(
    { kind: 'heading', text: `${isHead ? 'IV' : 'III'}. NHẬN XÉT, ĐÁNH GIÁ, XẾP LOẠI CỦA CẤP CÓ THẨM QUYỀN` },
    { kind: 'paragraph', text: `1. Nhận xét ưu, khuyết điểm: ${rated ? text(data.comment) : BLANK}` },
    ...(data.ruleSet !== RuleSetId.ND90_48
      ? [
          {
            kind: 'paragraph' as const,
            text: `2. Tổng điểm: ${rated && data.score !== null ? `${number(data.score)}/100` : BLANK}`,
          },
        ]
      : []),
    {
      kind: 'paragraph',
      text: `${data.ruleSet === RuleSetId.ND90_48 ? '2' : '3'}. Kết quả xếp loại chất lượng: ${rated && data.level ? levelVi(data.level) : BLANK}`,
      bold: true,
    },
    ...(rated && data.reason
      ? [
          {
            kind: 'paragraph' as const,
            text: `Lý do xếp loại thấp hơn kết quả tính toán: ${data.reason}`,
            italic: true,
          },
        ]
      : []),
    ...(rated && data.explanation.length > 0
      ? [
          { kind: 'paragraph' as const, text: 'Căn cứ xếp loại:', italic: true },
          ...data.explanation.map((line) => ({ kind: 'paragraph' as const, text: `– ${line}` })),
        ]
      : []),
    {
      kind: 'signatures',
      dateLine: dateLine(data.approvedOn),
      slots: [
        {
          title: isHead ? 'CẤP CÓ THẨM QUYỀN ĐÁNH GIÁ' : 'THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ',
          name: data.rater?.fullName ?? null,
        },
      ],
    },
  );
  return {
    name: fileSlug('phieu-danh-gia', data.person.fullName, period),
    title: `${title} — ${data.person.fullName} — ${period}`,
    blocks,
  };
}
