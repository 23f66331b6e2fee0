import type { DataSource } from 'typeorm';
import { cityDayOf } from '../../common/dates.js';
import type { Services } from '../../context.js';
import { EvaluationStatus, PeriodKind, RATED_STATUSES, RuleSetId } from '../../evaluation/evaluation.enums.js';
import { SatisfactionSource } from '../../satisfaction/satisfaction.enums.js';
import type { Actor } from '../../evaluation/evaluation.service.js';
import type { Evaluation } from '../../evaluation/evaluation.entity.js';
import type { Criteria, ScoreParts } from '../../evaluation/rule-sets/rule-set.js';
import { AppError } from '../../common/errors.js';
import { logger } from '../../common/logger.js';
import { VALID_ON } from '../../common/validity.js';
import { BINH_TAN_AREA, DEMO_UNITS } from './city-plan.js';
import { seededRandom } from './names.js';
import { missing } from './present.js';
import { queryRows } from '../../common/queries.js';

/** The order in which the demo walks evaluations forward; each demo evaluation stops at one of them. */
const STAGES = [EvaluationStatus.DRAFT, EvaluationStatus.SELF_ASSESSED, ...RATED_STATUSES];
const reached = (target: EvaluationStatus, stage: EvaluationStatus) => STAGES.indexOf(target) >= STAGES.indexOf(stage);
const as = (personId: string | null): Actor => ({ id: null, roles: [], personId });

/** Plausible score parts (or ND90_48 figures) for the rule set of an evaluation. */
function scoreInput(ruleSet: RuleSetId | null, random: () => number): { parts?: ScoreParts; criteria?: Criteria } {
  const general = 22 + Math.round(random() * 8);
  if (ruleSet === RuleSetId.ND90_48) {
    const onTime = random() < 0.7 ? 100 : 85;
    return {
      criteria: {
        tasksOnTimePercent: onTime,
        tasksExceededPercent: Math.round(random() * 60),
        targetsMetPercent: onTime,
        targetsExceededPercent: 30,
        subunitsCompletedPercent: 100,
        subunitsGoodPercent: 80,
      },
    };
  }
  if (ruleSet === RuleSetId.ND335) {
    const late = random() < 0.4;
    return {
      parts: {
        generalScore: general,
        products: [
          { name: 'Kế hoạch công tác năm', points: 50 },
          { name: 'Báo cáo chuyên đề', points: 20, late },
        ],
      },
    };
  }
  return { parts: { generalScore: general, taskScore: 48 + Math.round(random() * 22) } };
}

/** A demo step the rules refuse (the quota, an approval waiting for others) leaves that evaluation a step behind. */
function skipRefused(error: unknown): void {
  if (!(error instanceof AppError)) throw error;
  logger.debug({ reason: error.message }, 'demo step left out');
}

/**
 * The current YEAR and QUARTER, open, with the evaluations of the wards formed from Bình Tân's spread over every
 * state of R16 — and the demo chain left ready to try: canbo (Phường Bình Hưng Hòa), bhha and binhtan (heads of
 * Phường Bình Hưng Hòa and Phường Bình Tân) and their staff have self-assessed, so bhha, binhtan and chutich can
 * rate at once. Steps go through the services, as a user's would (their history shows no login).
 */
export async function seedDemoEvaluations(db: DataSource, services: Services, now: Date): Promise<void> {
  const today = cityDayOf(now);
  const year = Number(today.slice(0, 4));
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const { period: yearPeriod } = await services.periods.open({ kind: PeriodKind.YEAR, year }, null);
  const { period: quarterPeriod } = await services.periods.open({ kind: PeriodKind.QUARTER, year, quarter }, null);
  const random = seededRandom(year * 10 + quarter);

  const wards = await queryRows<{ id: string; code: string }>(
    db.manager,
    `SELECT u.id, u.code FROM unit u WHERE u.code = ANY($1::text[]) AND ${VALID_ON('u', '$2')} ORDER BY u.code`,
    [BINH_TAN_AREA, today],
  );
  for (const ward of wards) {
    await db.query(
      `INSERT INTO satisfaction_result (unit_id, period_id, source, sample_size, percent) VALUES ($1, $2, $3, $4, $5)`,
      [
        ward.id,
        quarterPeriod.id,
        SatisfactionSource.CITY_INDEX,
        200 + Math.floor(random() * 300),
        76 + Math.round(random() * 20),
      ],
    );
    for (const [index, name] of ['Cải cách thủ tục hành chính', 'Chỉnh trang đô thị', 'An sinh xã hội'].entries()) {
      await db.query(
        `INSERT INTO unit_target (unit_id, period_id, name, completion_percent, exceeded) VALUES ($1, $2, $3, $4, $5)`,
        [ward.id, quarterPeriod.id, name, 70 + Math.round(random() * 30), index === 0 && random() < 0.5],
      );
    }
  }

  const evaluations = async (periodId: string, unitIds: string[]): Promise<Evaluation[]> =>
    db.query(
      `SELECT id, person_id AS "personId", rater_person_id AS "raterPersonId", rater_unit_id AS "raterUnitId", rule_set AS "ruleSet", unit_id AS "unitId"
         FROM evaluation WHERE period_id = $1 AND unit_id = ANY($2::uuid[]) ORDER BY unit_id, position, id`,
      [periodId, unitIds],
    );
  const chain = wards
    .filter((ward) => ward.code === DEMO_UNITS.bhha || ward.code === DEMO_UNITS.binhTanWard)
    .map((ward) => ward.id);
  const otherWards = wards.filter((ward) => !chain.includes(ward.id)).map((ward) => ward.id);

  // the demo chain: self-assessed, waiting for their raters
  for (const evaluation of await evaluations(quarterPeriod.id, chain)) {
    await services.evaluations.selfAssess(as(evaluation.personId), {
      evaluationId: evaluation.id,
      ...scoreInput(evaluation.ruleSet, random),
      narrative: 'Hoàn thành các nhiệm vụ được giao trong quý, chủ động đề xuất giải pháp.',
    });
  }

  // the other wards formed from Bình Tân's: every state, in both periods
  for (const period of [quarterPeriod, yearPeriod]) {
    const list = await evaluations(period.id, otherWards);
    const targets = new Map(list.map((evaluation, index) => [evaluation.id, STAGES[index % STAGES.length]]));
    const step = async (stage: EvaluationStatus, work: (evaluation: Evaluation) => Promise<unknown>) => {
      for (const evaluation of list)
        if (reached(targets.get(evaluation.id) as EvaluationStatus, stage)) await work(evaluation).catch(skipRefused);
    };
    const scored = new Map(list.map((evaluation) => [evaluation.id, scoreInput(evaluation.ruleSet, random)]));
    await step(EvaluationStatus.SELF_ASSESSED, (e) =>
      services.evaluations.selfAssess(as(e.personId), {
        evaluationId: e.id,
        ...scored.get(e.id),
        narrative: 'Tự đánh giá: hoàn thành nhiệm vụ.',
      }),
    );
    await step(EvaluationStatus.REVIEWED, async (e) => {
      const [{ version } = missing('the evaluation')]: Array<{ version: number }> = await db.query(
        `SELECT version FROM evaluation WHERE id = $1`,
        [e.id],
      );
      return services.evaluations.rate(as(e.raterPersonId), {
        evaluationId: e.id,
        version,
        ...scored.get(e.id),
        comment: 'Đồng ý với kết quả tự đánh giá.',
      });
    });
    const approveUpTo = async (stage: EvaluationStatus, exact: boolean) => {
      for (const e of list) {
        const target = targets.get(e.id) as EvaluationStatus;
        if (exact ? target !== stage : !reached(target, stage)) continue;
        const [{ version } = missing('the evaluation')]: Array<{ version: number }> = await db.query(
          `SELECT version FROM evaluation WHERE id = $1`,
          [e.id],
        );
        await services.evaluations.approve(as(e.raterPersonId), e.id, version).catch(skipRefused);
      }
    };
    await approveUpTo(EvaluationStatus.NOTIFIED, false);
    for (const raterUnitId of new Set(list.map((e) => e.raterUnitId).filter((id): id is string => Boolean(id)))) {
      const rater = list.find((e) => e.raterUnitId === raterUnitId)?.raterPersonId ?? null;
      await services.evaluations.notify(as(rater), period.id, raterUnitId);
    }
    await approveUpTo(EvaluationStatus.APPROVED, true);
    await step(EvaluationStatus.APPEALED, (e) =>
      services.evaluations.appeal(as(e.personId), e.id, 'Đề nghị xem xét lại kết quả nhiệm vụ trọng tâm.'),
    );
    await step(EvaluationStatus.UPHELD, async (e) => {
      const decider = e.raterPersonId
        ? (await services.people.raterOf(e.raterPersonId, period.endsOn < today ? period.endsOn : today)).raterPersonId
        : null;
      const revise = targets.get(e.id) === EvaluationStatus.REVISED;
      return services.evaluations.decideAppeal(as(decider), e.id, {
        uphold: !revise,
        ...(revise ? scored.get(e.id) : {}),
        reason: revise ? 'Bổ sung kết quả nhiệm vụ chưa được tính.' : 'Kết quả đánh giá phù hợp quy định.',
      });
    });
  }
}
