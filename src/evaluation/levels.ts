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
  // Scores are entered with two decimals and weighted by quarters, so the exact value has at most four: the binary
  // one (67.49499… for 7.515 + 59.98) is first taken to millionths, then rounded half-up in whole numbers.
  const millionths = Math.round(value * 1_000_000);
  return Math.floor((millionths + 5_000) / 10_000) / 100;
}

const vietnameseNumber = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** Numbers as Vietnamese write them: 59,5 — with a decimal comma. */
export function formatNumber(value: number): string {
  return vietnameseNumber.format(value);
}
