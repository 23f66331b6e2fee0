import { calendarMonths, intersectSpans, mergeSpans, subtractSpans, type DaySpan } from '../common/dates.js';
import { BadInputError, type FieldProblem } from '../common/errors.js';
import { Workflow } from '../common/workflow.js';
import { AbsenceKind } from '../people/people.enums.js';
import type { Settings } from '../settings/settings.js';
import { EvaluationStatus, PeriodKind, RatingLevel, RuleSetId } from './evaluation.enums.js';
import { capLevel, formatNumber, isAbove, levelVi, roundScore } from './levels.js';
import { RULE_SETS } from './rule-sets/index.js';
import type { Criteria, ScoreParts, Split } from './rule-sets/rule-set.js';

export type EvaluationAction =
  'SELF_ASSESS' | 'RATE' | 'RETURN' | 'APPROVE' | 'REOPEN' | 'NOTIFY' | 'APPEAL' | 'UPHOLD' | 'REVISE';

/** R16's transitions: self-assessment, rating, approval, notification, and the appeal after it. */
export const EVALUATION_STEPS = new Workflow<EvaluationStatus, EvaluationAction>('phiếu', {
  SELF_ASSESS: {
    vi: 'tự đánh giá',
    from: [EvaluationStatus.DRAFT, EvaluationStatus.SELF_ASSESSED],
    to: [EvaluationStatus.SELF_ASSESSED],
  },
  RATE: { vi: 'đánh giá, xếp loại', from: [EvaluationStatus.SELF_ASSESSED], to: [EvaluationStatus.REVIEWED] },
  RETURN: { vi: 'trả lại', from: [EvaluationStatus.REVIEWED], to: [EvaluationStatus.SELF_ASSESSED] },
  APPROVE: { vi: 'phê duyệt', from: [EvaluationStatus.REVIEWED], to: [EvaluationStatus.APPROVED] },
  REOPEN: { vi: 'mở lại', from: [EvaluationStatus.APPROVED], to: [EvaluationStatus.REVIEWED] },
  NOTIFY: { vi: 'thông báo kết quả', from: [EvaluationStatus.APPROVED], to: [EvaluationStatus.NOTIFIED] },
  APPEAL: { vi: 'khiếu nại', from: [EvaluationStatus.NOTIFIED], to: [EvaluationStatus.APPEALED] },
  UPHOLD: { vi: 'giải quyết khiếu nại', from: [EvaluationStatus.APPEALED], to: [EvaluationStatus.UPHELD] },
  REVISE: { vi: 'giải quyết khiếu nại', from: [EvaluationStatus.APPEALED], to: [EvaluationStatus.REVISED] },
});

/** How a points rule set divides 100 points: ND335's 30 / 70 as decreed, HCM_QD20's as configured. */
export function splitOf(ruleSet: RuleSetId, settings: Settings): Split {
  return ruleSet === RuleSetId.HCM_QD20 ? settings['evaluation.hcmQd20Split'] : { general: 30, task: 70 };
}

/** When a person was appointed in the period, and their absences in it, each clipped to the period (R10). */
export interface ServiceRecord {
  appointed: DaySpan[];
  absences: Array<{ kind: AbsenceKind; span: DaySpan }>;
}

/** Calendar months in some spans (R10): each span counted as people count months, then summed. */
export function monthsIn(spans: readonly DaySpan[]): number {
  return mergeSpans(spans).reduce((sum, span) => sum + calendarMonths(span), 0);
}

const twoDecimals = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** What the head-input providers decided for a head in a QUARTER (R14). */
export interface HeadInputsEffect {
  deductions: number;
  maxAllowedLevel: RatingLevel | null;
  explanation: string[];
}

export interface PipelineInput {
  ruleSet: RuleSetId;
  periodKind: PeriodKind;
  isHead: boolean;
  /** heads of departments and chairs of district and ward committees face the satisfaction gate (R9) */
  satisfactionGated: boolean;
  service: ServiceRecord;
  parts?: ScoreParts | null;
  criteria?: Criteria | null;
  /** ND335 heads: the people they rate directly, and how many of those are NOT_COMPLETED (R8) */
  unitRatio?: { rated: number; notCompleted: number } | null;
  /** merit points from completed initiatives (R29), YEAR under ND335 */
  meritPoints?: number;
  headInputs?: HeadInputsEffect | null;
  /** the unit's satisfaction result for the period, if any (§4) */
  satisfaction?: { percent: number; source: string } | null;
  /** discipline decisions (reprimand or heavier), prosecution or detention dated inside the period (R13) */
  forcingEvents: string[];
  settings: Settings;
}

export interface PipelineResult {
  score: number | null;
  level: RatingLevel;
  /** the ND90_48 gap: the rater must pick COMPLETED or NOT_COMPLETED, with a reason */
  raterMustChoose: boolean;
  explanation: string[];
}

/** R12: the same pipeline for every evaluation; each step leaves a line in the explanation. */
export function runPipeline(input: PipelineInput): PipelineResult {
  const { settings, service, periodKind } = input;
  const explanation: string[] = [];
  const ruleSet = RULE_SETS[input.ruleSet];

  // 1. NOT_RATED (R10): maternity leave counts as worked.
  const otherAbsences = service.absences.filter((a) => a.kind !== AbsenceKind.MATERNITY).map((a) => a.span);
  const workedMonths = monthsIn(subtractSpans(service.appointed, otherAbsences));
  // a month has no minimum: the setting names the year's and the quarter's only
  const minimum: number | undefined = (settings['evaluation.notRatedMinMonths'] as Partial<Record<string, number>>)[
    periodKind
  ];
  explanation.push(
    `1. Thời gian công tác trong kỳ: ${twoDecimals.format(workedMonths)} tháng (tính theo tháng dương lịch; nghỉ thai sản được tính là thời gian làm việc)`,
  );
  if (minimum !== undefined && workedMonths < minimum) {
    explanation.push(`   Dưới ${minimum} tháng → Không xếp loại`);
    return { score: null, level: RatingLevel.NOT_RATED, raterMustChoose: false, explanation };
  }

  let level: RatingLevel;
  let score: number | null = null;
  let raterMustChoose = false;

  if (ruleSet.kind === 'criteria') {
    // 2–4. ND90_48 has no points: the figures give the best level allowed.
    const criteria = requireInput(input.criteria, 'criteria', 'Nghị định 90/48: cần các tỷ lệ tiêu chí');
    throwIfAny(ruleSet.check(criteria, input.isHead));
    const allowed = ruleSet.allowed(criteria, input.isHead);
    explanation.push(...allowed.explanation.map((line) => `2. ${line}`));
    level = allowed.best;
    raterMustChoose = allowed.raterMustChoose;
  } else {
    // 2. Score from the parts; the ND335 head's unit ratio; merit points.
    const parts = requireInput(input.parts, 'parts', 'cần điểm tiêu chí chung và kết quả nhiệm vụ');
    const split = splitOf(input.ruleSet, settings);
    throwIfAny(ruleSet.check(parts, split));
    const task = ruleSet.taskPoints(parts, split);
    explanation.push(
      `2. Tiêu chí chung: ${formatNumber(parts.generalScore)} điểm`,
      ...task.explanation.map((line) => `   ${line}`),
    );
    let taskPoints = task.points;
    if (input.ruleSet === RuleSetId.ND335 && input.isHead && input.unitRatio) {
      const ratio = input.unitRatio.notCompleted > 0 ? 0.5 : 1;
      taskPoints = roundScore(taskPoints * ratio);
      explanation.push(
        ratio < 1
          ? `   Tỷ lệ đơn vị 50%: ${input.unitRatio.notCompleted} người do mình đánh giá trực tiếp không hoàn thành nhiệm vụ → kết quả nhiệm vụ ${formatNumber(taskPoints)}`
          : `   Tỷ lệ đơn vị 100%: ${input.unitRatio.rated} người do mình đánh giá trực tiếp đều từ Hoàn thành nhiệm vụ trở lên`,
      );
    }
    score = roundScore(parts.generalScore + taskPoints);
    const merit = input.meritPoints ?? 0;
    if (merit > 0 && periodKind === PeriodKind.YEAR && input.ruleSet === RuleSetId.ND335) {
      score = Math.min(100, roundScore(score + merit));
      explanation.push(`   Điểm cộng sáng kiến: +${formatNumber(merit)} (tối đa 100)`);
    }
    explanation.push(`   Tổng điểm: ${formatNumber(score)}`);

    // 3. Head-input deductions, QUARTER only.
    if (periodKind === PeriodKind.QUARTER && input.headInputs) {
      explanation.push(...input.headInputs.explanation.map((line) => `3. ${line}`));
      if (input.headInputs.deductions > 0) {
        score = roundScore(Math.max(0, score - input.headInputs.deductions));
        explanation.push(`   Điểm sau khi trừ: ${formatNumber(score)}`);
      }
    }

    // 4. Band → level.
    level = ruleSet.band(score);
    explanation.push(`4. Mức theo thang điểm: ${levelVi(level)}`);
  }

  // 5. Forcing (R13).
  if (input.forcingEvents.length > 0) {
    level = RatingLevel.NOT_COMPLETED;
    raterMustChoose = false;
    explanation.push(`5. ${input.forcingEvents.join('; ')} trong kỳ → Không hoàn thành nhiệm vụ`);
  } else if (periodKind === PeriodKind.YEAR) {
    const absentMonths = monthsIn(intersectSpans(otherAbsences, service.appointed));
    if (absentMonths >= settings['evaluation.absenceCapMonths'] && isAbove(level, RatingLevel.COMPLETED)) {
      level = RatingLevel.COMPLETED;
      explanation.push(
        `5. Vắng ${twoDecimals.format(absentMonths)} tháng (từ ${settings['evaluation.absenceCapMonths']} đến dưới 6 tháng) → tối đa Hoàn thành nhiệm vụ`,
      );
    }
  }

  // 6. Caps: the satisfaction gate (R9), the on-time cap (R14).
  if (
    input.ruleSet === RuleSetId.HCM_QD20 &&
    input.isHead &&
    input.satisfactionGated &&
    level !== RatingLevel.NOT_COMPLETED
  ) {
    const gate = satisfactionCap(input.satisfaction ?? null, settings['evaluation.satisfactionGate']);
    explanation.push(`6. ${gate.text}`);
    if (gate.cap) level = capLevel(level, gate.cap);
  }
  const cap = periodKind === PeriodKind.QUARTER ? input.headInputs?.maxAllowedLevel : null;
  if (cap && isAbove(level, cap)) {
    level = capLevel(level, cap);
    explanation.push(`6. Mức trần theo dữ liệu của đơn vị: ${levelVi(cap)}`);
  }
  explanation.push(
    `Kết quả: ${levelVi(level)}${raterMustChoose ? ' hoặc Không hoàn thành nhiệm vụ (người đánh giá chọn, nêu lý do)' : ''}`,
  );
  return { score, level, raterMustChoose, explanation };
}

/**
 * R9: EXCELLENT needs the unit's satisfaction ≥ 90%, GOOD ≥ 80%; the cap is the highest level whose gate holds.
 * With no survey result the gate is skipped (SKIP, the default) or failed (FAIL).
 */
export function satisfactionCap(
  satisfaction: { percent: number; source: string } | null,
  mode: 'SKIP' | 'FAIL',
): { cap: RatingLevel | null; text: string } {
  if (!satisfaction) {
    return mode === 'SKIP'
      ? {
          cap: null,
          text: 'Chưa có kết quả khảo sát sự hài lòng của đơn vị trong kỳ: bỏ qua điều kiện hài lòng (cấu hình SKIP)',
        }
      : {
          cap: RatingLevel.COMPLETED,
          text: 'Chưa có kết quả khảo sát sự hài lòng: coi như không đạt (cấu hình FAIL) → tối đa Hoàn thành nhiệm vụ',
        };
  }
  const cap =
    satisfaction.percent >= 90
      ? RatingLevel.EXCELLENT
      : satisfaction.percent >= 80
        ? RatingLevel.GOOD
        : RatingLevel.COMPLETED;
  return {
    cap,
    text: `Sự hài lòng ${formatNumber(satisfaction.percent)}% (${satisfaction.source}) → tối đa ${levelVi(cap)}`,
  };
}

function requireInput<T>(value: T | null | undefined, field: string, message: string): T {
  if (value === null || value === undefined)
    throw new BadInputError([{ field, message }], `${field} is required for this rule set.`);
  return value;
}

function throwIfAny(problems: FieldProblem[]): void {
  if (problems.length > 0) throw new BadInputError(problems, 'Invalid score parts.');
}

/**
 * R12 step 7: the rater's choice — any level at or below the result, lower with a reason, never higher; in
 * the ND90_48 gap the rater must choose, with a reason.
 */
export function raterChoice(
  result: PipelineResult,
  requested: RatingLevel | null | undefined,
  reason: string | null | undefined,
): RatingLevel {
  const hasReason = Boolean(reason?.trim());
  if (result.level === RatingLevel.NOT_RATED) {
    if (requested && requested !== RatingLevel.NOT_RATED) {
      throw new BadInputError(
        [{ field: 'level', message: 'người này không đủ thời gian công tác để xếp loại' }],
        'Not rated.',
      );
    }
    return RatingLevel.NOT_RATED;
  }
  if (result.raterMustChoose) {
    if (!requested || !hasReason || ![RatingLevel.COMPLETED, RatingLevel.NOT_COMPLETED].includes(requested)) {
      throw new BadInputError(
        [
          {
            field: 'level',
            message: 'chọn Hoàn thành hoặc Không hoàn thành nhiệm vụ và nêu lý do (tỷ lệ từ 50% đến 70%)',
          },
        ],
        'Choose COMPLETED or NOT_COMPLETED with a reason.',
      );
    }
    return requested;
  }
  if (!requested || requested === result.level) return result.level;
  if (requested === RatingLevel.NOT_RATED || isAbove(requested, result.level)) {
    throw new BadInputError(
      [{ field: 'level', message: `không được xếp cao hơn kết quả (${levelVi(result.level)})` }],
      'Never higher than the result.',
    );
  }
  if (!hasReason)
    throw new BadInputError(
      [{ field: 'reason', message: 'xếp thấp hơn kết quả cần nêu lý do' }],
      'A lower level needs a reason.',
    );
  return requested;
}
