import { stringify } from 'csv-stringify/sync';
import { SPREADSHEET_SAFE } from '../common/csv.js';
import type { DataSource, EntityManager } from 'typeorm';
import { InvalidStateError } from '../common/errors.js';
import type { EvaluationPeriod } from '../evaluation/evaluation-period.entity.js';
import { PeriodKind, PeriodStatus } from '../evaluation/evaluation.enums.js';
import { requirePeriod } from '../evaluation/period.service.js';
import { loadSettings } from '../settings/settings.js';
import { computePayouts, type PayoutInput } from './income.rules.js';
import { levelVi } from '../evaluation/levels.js';
import { xlsxOf, type CellKind, type SheetColumn } from '../exports/xlsx.js';
import { payoutsOf, payRows, replacePayouts, type PayoutRow, type PayRow } from './income.queries.js';

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
    const rows = await payRows(em, period);
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
    await replacePayouts(em, period.id, values);
    return values.length;
  }

  /** A closed quarter's payouts in the columns of R30, by unit code and name. */
  private async payoutRows(periodId: string): Promise<{ period: EvaluationPeriod; rows: PayoutRow[] }> {
    const period = await requirePeriod(this.db.manager, periodId);
    if (period.kind !== PeriodKind.QUARTER || period.status !== PeriodStatus.CLOSED) {
      throw new InvalidStateError('Chỉ xuất thu nhập tăng thêm của quý đã khoá.', 'Only a closed quarter has payouts.');
    }
    const rows = await payoutsOf(this.db.manager, periodId);
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
