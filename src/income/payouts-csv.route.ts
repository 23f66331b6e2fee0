import type { Response } from 'express';
import type { Caller } from '../auth/caller.js';
import { AppError } from '../common/errors.js';
import { payoutPolicy } from './income.policy.js';
import type { IncomeService } from './income.service.js';

/** Answers a CSV download of a closed quarter's payouts, for GraphQL clients (bearer) and the admin panel (session). */
export async function sendPayoutsCsv(
  income: IncomeService,
  caller: Caller | null,
  periodId: string,
  res: Response,
): Promise<void> {
  if (!caller) {
    res.status(401).json({ code: 'UNAUTHENTICATED' });
    return;
  }
  if (!payoutPolicy.can(caller, 'export')) {
    res.status(403).json({ code: 'FORBIDDEN' });
    return;
  }
  try {
    const { filename, body } = await income.payoutsCsv(periodId);
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="${filename}"`);
    res.send(body);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    res.status(error.code === 'NOT_FOUND' ? 404 : 409).json({ code: error.code, message: error.message });
  }
}
