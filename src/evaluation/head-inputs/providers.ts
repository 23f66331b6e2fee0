import { UnitKind } from '../../hierarchy/hierarchy.enums.js';
import { PeriodKind, RATED_STATUSES, RatingLevel } from '../evaluation.enums.js';
import { satisfactionCap } from '../evaluation.rules.js';
import { formatNumber, levelVi } from '../levels.js';
import { endOfCityDay } from '../../common/dates.js';
import { feedbackStats } from '../../feedback/feedback.queries.js';
import { feedbackEffect } from '../../feedback/feedback.rules.js';
import { subtreeIdsOn } from '../../hierarchy/tree.queries.js';
import { satisfactionFor } from '../../satisfaction/satisfaction.queries.js';
import type { HeadInputProvider } from './head-inputs.js';

/** The unit's task list for the period and its average completion. */
export const unitTargetsProvider: HeadInputProvider = {
  name: 'unit-targets',
  async contribute({ em, unit, period }) {
    const [row] = await em.query(
      `SELECT count(*)::int AS count, avg(completion_percent)::float AS completion, count(*) FILTER (WHERE exceeded)::int AS exceeded
         FROM unit_target WHERE unit_id = $1 AND period_id = $2`,
      [unit.id, period.id],
    );
    if (row.count === 0)
      return { facts: { unitTargetCompletion: null }, explanation: ['Đơn vị chưa nhập chỉ tiêu, nhiệm vụ của kỳ'] };
    const completion = Math.round(row.completion * 100) / 100;
    return {
      facts: { unitTargetCompletion: completion },
      explanation: [
        `Chỉ tiêu, nhiệm vụ của đơn vị: ${row.count} nội dung, hoàn thành bình quân ${formatNumber(completion)}%, ${row.exceeded} vượt`,
      ],
    };
  },
};

/** The shares of levels among the people the head rates. */
export const levelSharesProvider: HeadInputProvider = {
  name: 'level-shares',
  async contribute({ em, period, headPersonId }) {
    if (!headPersonId) return { facts: { subunitLevelShares: [] }, explanation: [] };
    const rows: Array<{ level: RatingLevel; count: number }> = await em.query(
      `SELECT level, count(*)::int AS count FROM evaluation
        WHERE period_id = $1 AND rater_person_id = $2 AND status = ANY($3::evaluation_status[]) AND level IS NOT NULL
        GROUP BY level`,
      [period.id, headPersonId, RATED_STATUSES],
    );
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
            `Kết quả của ${total} người do người đứng đầu đánh giá: ${shares.map((s) => `${levelVi(s.level)} ${s.count}`).join(', ')}`,
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
        `${gate?.text ?? `Sự hài lòng: ${formatNumber(result.percent)}% (${result.source})`}, ${result.sampleSize} phiếu`,
      ],
    };
  },
};

/** A discipline decision against the head dated inside the period forces NOT_COMPLETED (R13). */
export const disciplineProvider: HeadInputProvider = {
  name: 'discipline',
  async contribute({ em, period, headPersonId }) {
    if (!headPersonId) return { facts: { disciplineInEffect: false }, explanation: [] };
    const rows = await em.query(
      `SELECT 1 FROM discipline_case WHERE person_id = $1 AND form IS NOT NULL AND decided_on BETWEEN $2 AND $3`,
      [headPersonId, period.startsOn, period.endsOn],
    );
    return rows.length > 0
      ? {
          facts: { disciplineInEffect: true },
          cap: RatingLevel.NOT_COMPLETED,
          explanation: ['Người đứng đầu bị kỷ luật trong kỳ → Không hoàn thành nhiệm vụ'],
        }
      : { facts: { disciplineInEffect: false }, explanation: [] };
  },
};

/**
 * The unit's 1022 record for the period (R14, R22), with its sub-units: items overdue at the period's end cost
 * points and a low on-time rate caps the level — in a QUARTER, as the settings say.
 */
export const feedbackProvider: HeadInputProvider = {
  name: 'feedback-1022',
  async contribute({ em, unit, period, settings }) {
    const stats = await feedbackStats(
      em,
      await subtreeIdsOn(em, unit.id, period.endsOn),
      period.startsOn,
      period.endsOn,
    );
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

/** Inspection findings of the unit (and its sub-units) past their date and not remedied at the period's end (R14, R25). */
export const findingsProvider: HeadInputProvider = {
  name: 'inspection-findings',
  async contribute({ em, unit, period, settings }) {
    const end = endOfCityDay(period.endsOn);
    const [{ count }] = await em.query(
      `SELECT count(*)::int AS count FROM finding
        WHERE responsible_unit_id = ANY($1::uuid[]) AND due_date < $2 AND (verified_at IS NULL OR verified_at > $3)`,
      [await subtreeIdsOn(em, unit.id, period.endsOn), period.endsOn, end],
    );
    const points = settings['headInputs.findings'].pointsPerFinding;
    return {
      facts: { openOverdueFindings: count },
      deductions: count * points,
      explanation:
        count > 0
          ? [
              `${count} nội dung kết luận kiểm tra quá hạn chưa khắc phục: trừ ${formatNumber(count * points)} điểm (${points} điểm mỗi nội dung)`,
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
