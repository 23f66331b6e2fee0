import { UnitKind } from '../../hierarchy/hierarchy.enums.js';
import { PeriodKind, RatingLevel } from '../evaluation.enums.js';
import { satisfactionCap } from '../evaluation.rules.js';
import { formatNumber, levelVi } from '../levels.js';
import { endOfCityDay } from '../../common/dates.js';
import { feedbackStats } from '../../feedback/feedback.queries.js';
import { feedbackEffect } from '../../feedback/feedback.rules.js';
import { subtreeIdsOn } from '../../hierarchy/tree.queries.js';
import { satisfactionFor } from '../../satisfaction/satisfaction.queries.js';
import type { HeadInputProvider } from './head-inputs.js';
import { disciplinedBetween, levelsRatedBy, overdueFindingsCount, unitTargetSummary } from './head-inputs.queries.js';

/** The unit's task list for the period and its average completion. */
export const unitTargetsProvider: HeadInputProvider = {
  name: 'unit-targets',
  async contribute({ em, unit, period }) {
    const row = await unitTargetSummary(em, unit.id, period.id);
    if (row.count === 0 || row.completion === null)
      return { facts: { unitTargetCompletion: null }, explanation: ['Đơn vị chưa nhập chỉ tiêu, nhiệm vụ của kỳ'] };
    const completion = Math.round(row.completion * 100) / 100;
    return {
      facts: { unitTargetCompletion: completion },
      explanation: [
        `Chỉ tiêu, nhiệm vụ của đơn vị: ${String(row.count)} nội dung, ` +
          `hoàn thành bình quân ${formatNumber(completion)}%, ${String(row.exceeded)} vượt`,
      ],
    };
  },
};

/** The shares of levels among the people the head rates. */
export const levelSharesProvider: HeadInputProvider = {
  name: 'level-shares',
  async contribute({ em, period, headPersonId }) {
    if (!headPersonId) return { facts: { subunitLevelShares: [] }, explanation: [] };
    const rows = await levelsRatedBy(em, period.id, headPersonId);
    const total = rows.reduce((sum, row) => sum + row.count, 0);
    const shares = rows.map((row) => ({
      level: row.level,
      count: row.count,
      percent: Math.round((row.count * 10_000) / total) / 100,
    }));
    return {
      facts: { subunitLevelShares: shares },
      explanation: total
        ? [
            `Kết quả của ${String(total)} người do người đứng đầu đánh giá: ` +
              shares.map((share) => `${levelVi(share.level)} ${String(share.count)}`).join(', '),
          ]
        : [],
    };
  },
};

/** Heads of these kinds of unit face the satisfaction gate (R9): departments, districts, wards. */
export const SATISFACTION_GATED_KINDS = [UnitKind.DEPARTMENT, UnitKind.DISTRICT, UnitKind.WARD, UnitKind.SPECIAL_ZONE];

/** The unit's satisfaction result for the period, from the first source present (§4), and its gate in a QUARTER. */
export const satisfactionProvider: HeadInputProvider = {
  name: 'satisfaction',
  async contribute({ em, unit, period, settings }) {
    const result = await satisfactionFor(em, unit.id, period.id, settings['evaluation.satisfactionSourceOrder']);
    const gated = period.kind === PeriodKind.QUARTER && SATISFACTION_GATED_KINDS.includes(unit.kind);
    const gate = gated ? satisfactionCap(result, settings['evaluation.satisfactionGate']) : null;
    const cap = gate?.cap && gate.cap !== RatingLevel.EXCELLENT ? gate.cap : undefined;
    const facts = { satisfactionPercent: result?.percent ?? null, satisfactionSource: result?.source ?? null };
    if (!result)
      return { facts, cap, explanation: [gate?.text ?? 'Chưa có kết quả khảo sát sự hài lòng của đơn vị trong kỳ'] };
    return {
      facts,
      cap,
      explanation: [
        `${gate?.text ?? `Sự hài lòng: ${formatNumber(result.percent)}% (${result.source})`}, ${String(result.sampleSize)} phiếu`,
      ],
    };
  },
};

/** A discipline decision against the head dated inside the period forces NOT_COMPLETED (R13). */
export const disciplineProvider: HeadInputProvider = {
  name: 'discipline',
  async contribute({ em, period, headPersonId }) {
    if (!headPersonId) return { facts: { disciplineInEffect: false }, explanation: [] };
    return (await disciplinedBetween(em, headPersonId, period.startsOn, period.endsOn))
      ? {
          facts: { disciplineInEffect: true },
          cap: RatingLevel.NOT_COMPLETED,
          explanation: ['Người đứng đầu bị kỷ luật trong kỳ → Không hoàn thành nhiệm vụ'],
        }
      : { facts: { disciplineInEffect: false }, explanation: [] };
  },
};

/**
 * The unit's 1022 record for the period (R14, R22), with its sub-units: items overdue at the period's end (today,
 * while it runs) cost points and a low on-time rate caps the level — in a QUARTER, as the settings say.
 */
export const feedbackProvider: HeadInputProvider = {
  name: 'feedback-1022',
  async contribute({ em, unit, period, evidenceDay, settings }) {
    const stats = await feedbackStats(em, await subtreeIdsOn(em, unit.id, period.endsOn), period.startsOn, evidenceDay);
    const effect = feedbackEffect(stats, settings);
    return {
      facts: {
        feedbackDue: stats.due,
        feedbackOnTime: stats.onTime,
        feedbackOverdue: stats.overdueAtEnd,
        onTimeRate: stats.onTimeRate,
      },
      deductions: effect.deductions,
      cap: period.kind === PeriodKind.QUARTER ? (effect.cap ?? undefined) : undefined,
      explanation: effect.explanation,
    };
  },
};

/**
 * Inspection findings of the unit (and its sub-units) past their date and not remedied at the period's end, or today
 * while it runs (R14, R25).
 */
export const findingsProvider: HeadInputProvider = {
  name: 'inspection-findings',
  async contribute({ em, unit, period, evidenceDay, settings }) {
    const units = await subtreeIdsOn(em, unit.id, period.endsOn);
    const count = await overdueFindingsCount(em, units, evidenceDay, endOfCityDay(evidenceDay));
    const points = settings['headInputs.findings'].pointsPerFinding;
    return {
      facts: { openOverdueFindings: count },
      deductions: count * points,
      explanation:
        count > 0
          ? [
              `${String(count)} nội dung kết luận kiểm tra quá hạn chưa khắc phục: ` +
                `trừ ${formatNumber(count * points)} điểm (${String(points)} điểm mỗi nội dung)`,
            ]
          : [],
    };
  },
};

export const HEAD_INPUT_PROVIDERS: HeadInputProvider[] = [
  unitTargetsProvider,
  levelSharesProvider,
  satisfactionProvider,
  disciplineProvider,
  feedbackProvider,
  findingsProvider,
];
