import type { Response } from 'express';
import type { AuthUser } from '../auth/auth-user.js';
import { hasAnyRole } from '../auth/permissions.js';
import { Role } from '../auth/role.js';
import { AppError } from '../common/errors.js';
import type { IncomeService } from './income.service.js';

/** Who may download the payouts of a quarter. */
export const PAYOUT_READERS = [Role.HOME_AFFAIRS, Role.CITY_LEADER, Role.SYSTEM_ADMIN];

/** Answers a CSV download of a closed quarter's payouts, for GraphQL clients (bearer) and the admin panel (session). */
export async function sendPayoutsCsv(income: IncomeService, user: AuthUser | null, periodId: string, res: Response): Promise<void> {
  if (!user) {
    res.status(401).json({ code: 'UNAUTHENTICATED' });
    return;
  }
  if (!hasAnyRole(user, PAYOUT_READERS)) {
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
