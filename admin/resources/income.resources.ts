import { ValidationError, type ActionRequest, type Before, type ResourceWithOptions } from 'adminjs';
import type { AdminDeps } from '../deps.js';
import { IncomeCoefficient } from '../../src/income/income-coefficient.entity.js';
import { Payout } from '../../src/income/payout.entity.js';
import { PersonPay } from '../../src/income/person-pay.entity.js';
import { loadSettings } from '../../src/settings/settings.js';
import { uuid } from './properties.js';

const incomeNav = { name: 'income', icon: 'DollarSign' };

/** R30: k at most the configured maximum (1.8); a fixed amount at most 3,000,000 a month. */
function incomeLimits(db: AdminDeps['db']): Before {
  return async (request: ActionRequest) => {
    if (request.method !== 'post' || !request.payload) return request;
    const settings = await loadSettings(db.manager);
    const { k, fixedMonthlyAmount } = request.payload as Record<string, string | undefined>;
    if (k !== undefined && k !== '' && !(Number(k) >= 0 && Number(k) <= settings['income.maxCoefficient'])) {
      throw new ValidationError({ k: { message: `Hệ số k từ 0 đến ${String(settings['income.maxCoefficient'])}` } });
    }
    if (
      fixedMonthlyAmount &&
      !(Number(fixedMonthlyAmount) > 0 && Number(fixedMonthlyAmount) <= settings['income.maxFixedMonthlyAmount'])
    ) {
      throw new ValidationError({
        fixedMonthlyAmount: {
          message: `Mức khoán tối đa ${String(settings['income.maxFixedMonthlyAmount'])} đồng/tháng`,
        },
      });
    }
    return request;
  };
}

export function incomeResources({ db }: AdminDeps): ResourceWithOptions[] {
  return [
    {
      resource: IncomeCoefficient,
      options: {
        navigation: incomeNav,
        listProperties: ['unitId', 'periodId', 'k'],
        filterProperties: ['unitId', 'periodId'],
        editProperties: ['unitId', 'periodId', 'k'],
        properties: { id: { isVisible: false }, unitId: uuid('Unit'), periodId: uuid('EvaluationPeriod') },
        actions: { new: { before: incomeLimits(db) }, edit: { before: incomeLimits(db) } },
      },
    },
    {
      resource: PersonPay,
      options: {
        navigation: incomeNav,
        listProperties: ['personId', 'monthlySalary', 'fixedMonthlyAmount'],
        editProperties: ['personId', 'monthlySalary', 'fixedMonthlyAmount'],
        properties: { personId: { ...uuid('Person'), isId: true } },
        actions: { new: { before: incomeLimits(db) }, edit: { before: incomeLimits(db) } },
      },
    },
    {
      resource: Payout,
      options: {
        navigation: incomeNav,
        listProperties: [
          'periodId',
          'unitId',
          'personId',
          'level',
          'k',
          'factor',
          'amountBeforeCap',
          'scale',
          'amount',
        ],
        filterProperties: ['periodId', 'unitId', 'personId', 'level'],
        properties: {
          id: { isVisible: false },
          periodId: uuid('EvaluationPeriod'),
          unitId: uuid('Unit'),
          personId: uuid('Person'),
        },
      },
    },
  ];
}
