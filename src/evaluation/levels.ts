import { LEVEL_LABELS_VI, LEVEL_ORDER, RatingLevel } from './evaluation.enums.js';

/** Lower rank is better: EXCELLENT 0 … NOT_COMPLETED 3. */
export function levelRank(level: RatingLevel): number {
  const rank = LEVEL_ORDER.indexOf(level);
  if (rank < 0) throw new RangeError(`${level} has no rank`);
  return rank;
}

export function isAbove(level: RatingLevel, than: RatingLevel): boolean {
  return levelRank(level) < levelRank(than);
}

/** The worse of two levels (a cap applied to a result). */
export function capLevel(level: RatingLevel, cap: RatingLevel): RatingLevel {
  return isAbove(level, cap) ? cap : level;
}

export function levelVi(level: RatingLevel): string {
  return LEVEL_LABELS_VI[level];
}

/** Scores carry 2 decimals, rounded half-up. */
export function roundScore(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}

const vietnameseNumber = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** Numbers as Vietnamese write them: 59,5 — with a decimal comma. */
export function formatNumber(value: number): string {
  return vietnameseNumber.format(value);
}
