import type { FieldProblem } from '../../common/errors.js';
import type { RatingLevel, RuleSetId } from '../evaluation.enums.js';

/** One itemised task product (sản phẩm): its full points, and whether it came late or below quality. */
export interface TaskProduct {
  name: string;
  points: number;
  late?: boolean | null;
  belowQuality?: boolean | null;
}

/** ND335 and HCM_QD20: general criteria plus task results (itemised products, or one task score). */
export interface ScoreParts {
  generalScore: number;
  products?: TaskProduct[] | null;
  taskScore?: number | null;
}

/** ND90_48: the rater's figures, percentages 0–100. */
export interface Criteria {
  tasksOnTimePercent: number;
  tasksExceededPercent: number;
  targetsMetPercent?: number | null;
  targetsExceededPercent?: number | null;
  subunitsCompletedPercent?: number | null;
  subunitsGoodPercent?: number | null;
  /** the rater states whether there was corruption or wrongdoing in the unit (R11: NOT_COMPLETED) */
  corruptionInUnit?: boolean | null;
}

export interface Split {
  general: number;
  task: number;
}

/** A rule set that turns score parts into points and points into a level (R8, R9). */
export interface PointsRuleSet {
  id: RuleSetId.ND335 | RuleSetId.HCM_QD20;
  kind: 'points';
  /** problems with the parts, each naming its field; empty when the parts are usable */
  check(parts: ScoreParts, split: Split): FieldProblem[];
  /** task results in points, with how they were counted */
  taskPoints(parts: ScoreParts, split: Split): { points: number; explanation: string[] };
  band(score: number): RatingLevel;
}

/** A rule set without points: figures decide which levels the law allows (R11). */
export interface CriteriaRuleSet {
  id: RuleSetId.ND90_48;
  kind: 'criteria';
  check(criteria: Criteria, isHead: boolean): FieldProblem[];
  /** the best level the figures allow; `raterMustChoose` in the 50–70% gap */
  allowed(criteria: Criteria, isHead: boolean): { best: RatingLevel; raterMustChoose: boolean; explanation: string[] };
}

export type RuleSet = PointsRuleSet | CriteriaRuleSet;
