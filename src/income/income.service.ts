import { stringify } from 'csv-stringify/sync';
import { SPREADSHEET_SAFE } from '../common/csv.js';
import type { DataSource, EntityManager } from 'typeorm';
import { InvalidStateError } from '../common/errors.js';
import type { EvaluationPeriod } from '../evaluation/evaluation-period.entity.js';
import { APPROVED_STATUSES, PeriodKind, PeriodStatus, type RatingLevel } from '../evaluation/evaluation.enums.js';
import { requirePeriod } from '../evaluation/period.service.js';
import { loadSettings } from '../settings/settings.js';
import { computePayouts, type PayoutInput } from './income.rules.js';
import { levelVi } from '../evaluation/levels.js';
import { xlsxOf, type CellKind, type SheetColumn } from '../exports/xlsx.js';
import { queryRows } from '../common/queries.js';

interface PayoutRow {
  code: string;
  name: string;
  person_id: string;
  full_name: string;
  level: RatingLevel;
  base: string | null;
  k: number | null;
  factor: number;
  amount_before_cap: number;
  scale: number;
  amount: string;
}

interface PayRow {
  unit_id: string;
  k: string | null;
  person_id: string;
  level: RatingLevel;
  monthly_salary: string | null;
  fixed_monthly_amount: string | null;
  days_appointed: number;
  days_in_period: number;
}

export const PAYOUT_CSV_COLUMNS = [
  'Mã đơn vị',
  'Tên đơn vị',
  'Mã cán bộ',
  'Họ và tên',
  'Xếp loại',
  'Lương tháng hoặc mức khoán',
  'Hệ số k',
  'Hệ số xếp loại',
  'Số tiền trước giới hạn',
  'Tỷ lệ điều chỉnh',
  'Số tiền',
];

/** Extra income (R30): payouts of a closed quarter, unit by unit, and their CSV export. */
export class IncomeService {
  constructor(private readonly db: DataSource) {}

  /** Writes the quarter's payouts (replacing any earlier ones), in the caller's transaction. */
  async computePayouts(em: EntityManager, period: EvaluationPeriod): Promise<number> {
    const settings = await loadSettings(em);
    const rows = await queryRows<PayRow>(
      em,
      `SELECT e.unit_id, c.k, e.person_id, e.level, pp.monthly_salary, pp.fixed_monthly_amount,
              (SELECT coalesce(sum(least(coalesce(a.valid_to, $3::date + 1), $3::date + 1) - greatest(a.valid_from, $2::date)), 0)::int
                 FROM appointment a
                WHERE a.person_id = e.person_id AND a.valid_from <= $3 AND (a.valid_to IS NULL OR a.valid_to > $2)) AS days_appointed,
              ($3::date - $2::date + 1) AS days_in_period
         FROM evaluation e
         JOIN person_pay pp ON pp.person_id = e.person_id
         LEFT JOIN income_coefficient c ON c.unit_id = e.unit_id AND c.period_id = e.period_id
        WHERE e.period_id = $1 AND e.status = ANY($4::evaluation_status[]) AND e.level IS NOT NULL
        ORDER BY e.unit_id, e.person_id`,
      [period.id, period.startsOn, period.endsOn, APPROVED_STATUSES],
    );
    await em.query(`DELETE FROM payout WHERE period_id = $1`, [period.id]);
    const byUnit = new Map<string, PayRow[]>();
    for (const row of rows) byUnit.set(row.unit_id, [...(byUnit.get(row.unit_id) ?? []), row]);
    const values: unknown[][] = [];
    for (const [unitId, people] of byUnit) {
      const k = Math.min(Number(people[0]?.k ?? 0), settings['income.maxCoefficient']);
      const inputs: PayoutInput[] = people.map((row) => ({
        personId: row.person_id,
        level: row.level,
        monthlySalary: row.monthly_salary === null ? null : Number(row.monthly_salary),
        fixedMonthlyAmount:
          row.fixed_monthly_amount === null
            ? null
            : Math.min(Number(row.fixed_monthly_amount), settings['income.maxFixedMonthlyAmount']),
        daysAppointed: Math.min(row.days_appointed, row.days_in_period),
        daysInPeriod: row.days_in_period,
      }));
      const result = computePayouts(inputs, {
        coefficient: k,
        levelFactors: settings['income.levelFactors'],
        capShare: settings['income.capShareOfSalaryFund'],
      });
      result.rows.forEach((payout, index) => {
        const input = inputs[index];
        if (!input) return; // one payout per input, in order
        values.push([
          unitId,
          payout.personId,
          payout.level,
          input.monthlySalary,
          input.fixedMonthlyAmount,
          k,
          payout.factor,
          input.daysAppointed,
          payout.amountBeforeCap,
          payout.scale,
          payout.amount,
        ]);
      });
    }
    if (values.length > 0) {
      const column = (i: number) => values.map((row) => row[i]);
      await em.query(
        `INSERT INTO payout (period_id, unit_id, person_id, level, monthly_salary, fixed_monthly_amount, k, factor, days_appointed, amount_before_cap, scale, amount)
         SELECT $1, * FROM unnest($2::uuid[], $3::uuid[], $4::rating_level[], $5::bigint[], $6::bigint[], $7::numeric[], $8::numeric[], $9::int[], $10::numeric[], $11::numeric[], $12::bigint[])`,
        [period.id, ...Array.from({ length: 11 }, (_, i) => column(i))],
      );
    }
    return values.length;
  }

  /** A closed quarter's payouts in the columns of R30, by unit code and name. */
  private async payoutRows(periodId: string): Promise<{ period: EvaluationPeriod; rows: PayoutRow[] }> {
    const period = await requirePeriod(this.db.manager, periodId);
    if (period.kind !== PeriodKind.QUARTER || period.status !== PeriodStatus.CLOSED) {
      throw new InvalidStateError('Chỉ xuất thu nhập tăng thêm của quý đã khoá.', 'Only a closed quarter has payouts.');
    }
    const rows = await queryRows<PayoutRow>(
      this.db.manager,
      `SELECT u.code, u.name, p.id AS person_id, p.full_name, po.level, coalesce(po.monthly_salary, po.fixed_monthly_amount) AS base,
              po.k::float8, po.factor::float8, po.amount_before_cap::float8, po.scale::float8, po.amount
         FROM payout po JOIN unit u ON u.id = po.unit_id JOIN person p ON p.id = po.person_id
        WHERE po.period_id = $1 ORDER BY u.code, p.full_name`,
      [periodId],
    );
    return { period, rows };
  }

  /** The CSV of a closed quarter's payouts: UTF-8 with a BOM (so Excel reads Vietnamese), the columns of R30. */
  async payoutsCsv(periodId: string): Promise<{ filename: string; body: string }> {
    const { period, rows } = await this.payoutRows(periodId);
    const body = stringify(
      rows.map((row): unknown[] => Object.values(row)),
      { ...SPREADSHEET_SAFE, bom: true, header: true, columns: PAYOUT_CSV_COLUMNS, record_delimiter: 'windows' },
    );
    return { filename: `thu-nhap-tang-them-Q${period.quarter}-${period.year}.csv`, body };
  }

  /** The same payouts as an Excel workbook: amounts, salaries, k and factors as numbers, the level in words. */
  async payoutsXlsx(periodId: string): Promise<{ filename: string; body: Buffer }> {
    const { period, rows } = await this.payoutRows(periodId);
    const kinds: CellKind[] = [
      'text',
      'text',
      'text',
      'text',
      'text',
      'integer',
      'decimal',
      'decimal',
      'decimal',
      'decimal',
      'integer',
    ];
    const keys = [
      'code',
      'name',
      'person_id',
      'full_name',
      'level',
      'base',
      'k',
      'factor',
      'amount_before_cap',
      'scale',
      'amount',
    ] as const;
    const columns: Array<SheetColumn<PayoutRow>> = keys.map((key, i) => ({
      header: PAYOUT_CSV_COLUMNS[i] ?? key,
      kind: kinds[i] ?? 'text',
      value: (row) => (key === 'level' ? levelVi(row.level) : row[key]),
    }));
    const body = await xlsxOf(`Thu nhập tăng thêm Q${period.quarter}-${period.year}`, columns, rows);
    return { filename: `thu-nhap-tang-them-Q${period.quarter}-${period.year}.xlsx`, body };
  }
}
