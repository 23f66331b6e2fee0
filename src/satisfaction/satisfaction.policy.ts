import { officeRecords } from '../evaluation/evaluation.policy.js';

/** Survey results per unit and period: entered by Home Affairs' office. */
export const satisfactionResultPolicy = officeRecords('SatisfactionResult', 'satisfaction_result');
