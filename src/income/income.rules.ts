import type { RatingLevel } from '../evaluation/evaluation.enums.js';

/** One person's pay basis for a quarter (R30). Money is whole đồng. */
export interface PayoutInput {
  personId: string;
  level: RatingLevel;
  /** grade salary + position allowance, per month; null for fixed-amount groups */
  monthlySalary: number | null;
  /** fixed monthly amount (≤ 3,000,000) for fixed-amount groups */
  fixedMonthlyAmount: number | null;
  daysAppointed: number;
  daysInPeriod: number;
}

export interface PayoutRow {
  personId: string;
  level: RatingLevel;
  factor: number;
  amountBeforeCap: number;
  scale: number;
  amount: number;
}

export interface PayoutPolicy {
  /** the unit's k for the quarter */
  coefficient: number;
  levelFactors: Partial<Record<RatingLevel, number>>;
  /** the unit's total is at most this share of 3 × its people's monthly salaries */
  capShare: number;
}

/** Exact decimals as integer fractions, so that only the final rounding down to the đồng happens. */
const SCALE = 1_000_000n;
const fixed = (value: number) => BigInt(Math.round(value * Number(SCALE)));

/**
 * R30 for one unit and one closed quarter: 3 × monthly base × k × level factor, pro rata to days appointed;
 * over the cap (capShare × 3 × the monthly salaries) every payout is scaled by cap ÷ total; then rounded down.
 */
export function computePayouts(
  people: readonly PayoutInput[],
  policy: PayoutPolicy,
): { rows: PayoutRow[]; cap: number; total: number } {
  // Each amount before the cap is exactly numerator ÷ (SCALE² × days in the quarter); one quarter, one denominator.
  const daysInPeriod = BigInt(people[0]?.daysInPeriod ?? 1);
  const denominator = SCALE * SCALE * daysInPeriod;
  const numerators = people.map((person) => {
    const base = BigInt(person.monthlySalary ?? person.fixedMonthlyAmount ?? 0);
    const k = person.monthlySalary !== null ? fixed(policy.coefficient) : SCALE; // fixed amounts take no k
    return 3n * base * k * fixed(policy.levelFactors[person.level] ?? 0) * BigInt(person.daysAppointed);
  });
  const total = numerators.reduce((sum, n) => sum + n, 0n);
  // cap = capShare × 3 × Σ monthly salaries, as a numerator over the same denominator
  const salaryFund = 3n * people.reduce((sum, person) => sum + BigInt(person.monthlySalary ?? 0), 0n);
  const cap = salaryFund * fixed(policy.capShare) * SCALE * daysInPeriod;
  const overCap = total > cap;
  const rows = people.map((person, index) => {
    const numerator = numerators[index] ?? 0n;
    return {
      personId: person.personId,
      level: person.level,
      factor: policy.levelFactors[person.level] ?? 0,
      amountBeforeCap: Number(numerator) / Number(denominator),
      scale: overCap ? Number(cap) / Number(total) : 1,
      // rounded down to the đồng, once, after scaling
      amount: Number(overCap ? (numerator * cap) / (total * denominator) : numerator / denominator),
    };
  });
  return { rows, cap: Number(cap / denominator), total: rows.reduce((sum, row) => sum + row.amount, 0) };
}
