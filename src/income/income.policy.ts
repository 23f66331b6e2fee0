import { definePolicy } from '../auth/policy.js';
import { officeRecords, seesAllResults } from '../evaluation/evaluation.policy.js';

/** The unit's coefficient k and each person's pay: kept by Home Affairs' office. */
export const incomeCoefficientPolicy = officeRecords('IncomeCoefficient', 'income_coefficient');
export const personPayPolicy = officeRecords('PersonPay', 'person_pay');

/** Payouts are computed at closing, never typed; those who see every result read and export them (CSV). */
export const payoutPolicy = definePolicy({
  ...officeRecords('Payout', 'payout'),
  can: (caller, action) => ['list', 'show', 'export'].includes(action) && seesAllResults(caller),
});
