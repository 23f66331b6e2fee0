import type { EntityManager } from 'typeorm';
import type { Unit } from '../../hierarchy/unit.entity.js';
import type { Settings } from '../../settings/settings.js';
import type { EvaluationPeriod } from '../evaluation-period.entity.js';
import { PeriodKind, RatingLevel } from '../evaluation.enums.js';
import { capLevel } from '../levels.js';

/** The figures a head's rater sees (R14); each provider fills the ones it knows. */
export interface HeadInputFacts {
  unitTargetCompletion: number | null;
  subunitLevelShares: Array<{ level: RatingLevel; count: number; percent: number }>;
  satisfactionPercent: number | null;
  satisfactionSource: string | null;
  feedbackDue: number | null;
  feedbackOnTime: number | null;
  feedbackOverdue: number | null;
  onTimeRate: number | null;
  openOverdueFindings: number | null;
  disciplineInEffect: boolean;
}

export interface HeadInputContext {
  em: EntityManager;
  unit: Unit;
  /** the head of `unit`, when there is one */
  headPersonId: string | null;
  period: EvaluationPeriod;
  /** the day the period's evidence stands on (`evidenceDay`): its last day, or today while it runs */
  evidenceDay: string;
  settings: Settings;
}

/** What one source of evidence adds: figures, points off (QUARTER only), a cap, and why, in Vietnamese. */
export interface HeadInputContribution {
  facts: Partial<HeadInputFacts>;
  deductions?: number;
  cap?: RatingLevel;
  explanation: string[];
}

/**
 * One source of evidence about a head's unit. The 1022 portal, inspections and discipline plug in here
 * without touching the engine: add a provider to HEAD_INPUT_PROVIDERS.
 */
export interface HeadInputProvider {
  name: string;
  contribute(context: HeadInputContext): Promise<HeadInputContribution>;
}

export interface HeadInputs extends HeadInputFacts {
  maxAllowedLevel: RatingLevel | null;
  deductions: number;
  explanation: string[];
}

const EMPTY: HeadInputFacts = {
  unitTargetCompletion: null,
  subunitLevelShares: [],
  satisfactionPercent: null,
  satisfactionSource: null,
  feedbackDue: null,
  feedbackOnTime: null,
  feedbackOverdue: null,
  onTimeRate: null,
  openOverdueFindings: null,
  disciplineInEffect: false,
};

/** Runs every provider and combines them: deductions add up (QUARTER only), caps take the lowest. */
export async function gatherHeadInputs(
  providers: readonly HeadInputProvider[],
  context: HeadInputContext,
): Promise<HeadInputs> {
  let facts: HeadInputFacts = { ...EMPTY };
  let deductions = 0;
  let maxAllowedLevel: RatingLevel | null = null;
  const explanation: string[] = [];
  for (const provider of providers) {
    const contribution = await provider.contribute(context);
    facts = { ...facts, ...contribution.facts };
    explanation.push(...contribution.explanation);
    if (contribution.deductions) deductions += contribution.deductions;
    if (contribution.cap)
      maxAllowedLevel = maxAllowedLevel ? capLevel(maxAllowedLevel, contribution.cap) : contribution.cap;
  }
  if (context.period.kind !== PeriodKind.QUARTER && deductions > 0) {
    explanation.push('Kỳ đánh giá năm không trừ điểm theo dữ liệu của đơn vị (Nghị định 335 dùng tỷ lệ đơn vị).');
    deductions = 0;
  }
  return { ...facts, maxAllowedLevel, deductions, explanation };
}
