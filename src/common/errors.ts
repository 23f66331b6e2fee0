import { GraphQLError } from 'graphql';
import { isIsoDay } from './dates.js';

/** The error codes of api.md; messages are Vietnamese, with English in extensions.messageEn. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'INVALID_STATE'
  | 'QUOTA_EXCEEDED'
  | 'CONFLICT'
  | 'STALE_VERSION'
  | 'DEADLINE_PASSED';

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, messageVi: string, messageEn: string, extra: Record<string, unknown> = {}) {
    super(messageVi, { extensions: { code, messageEn, ...extra } });
  }

  get code(): ErrorCode {
    return this.extensions.code as ErrorCode;
  }
}

export class UnauthenticatedError extends AppError {
  constructor() {
    super('UNAUTHENTICATED', 'Chưa đăng nhập hoặc phiên đã hết hạn.', 'Not signed in, or the session has expired.');
  }
}

export class ForbiddenError extends AppError {
  constructor(messageVi = 'Bạn không có quyền thực hiện thao tác này.', messageEn = 'You may not do this.') {
    super('FORBIDDEN', messageVi, messageEn);
  }
}

export class NotFoundError extends AppError {
  constructor(what: string, whatEn: string) {
    super('NOT_FOUND', `Không tìm thấy ${what}.`, `${whatEn} not found.`);
  }
}

/** One entry per invalid input field: its path and a Vietnamese reason. */
export interface FieldProblem {
  field: string;
  message: string;
}

export class BadInputError extends AppError {
  constructor(fields: FieldProblem[], messageEn = 'Invalid input.') {
    super(
      'BAD_USER_INPUT',
      `Dữ liệu không hợp lệ: ${fields.map((f) => `${f.field} — ${f.message}`).join('; ')}`,
      `${messageEn} Fields: ${fields.map((f) => f.field).join(', ')}`,
      { fields },
    );
  }
}

export class ConflictError extends AppError {
  constructor(messageVi: string, messageEn: string, extra: Record<string, unknown> = {}) {
    super('CONFLICT', messageVi, messageEn, extra);
  }
}

export class InvalidStateError extends AppError {
  constructor(messageVi: string, messageEn: string, extra: Record<string, unknown> = {}) {
    super('INVALID_STATE', messageVi, messageEn, extra);
  }
}

export class StaleVersionError extends AppError {
  constructor(current: number) {
    super(
      'STALE_VERSION',
      'Phiếu đã được người khác thay đổi: hãy tải lại rồi thực hiện lại.',
      'The record changed meanwhile: reload and retry.',
      {
        currentVersion: current,
      },
    );
  }
}

export class DeadlinePassedError extends AppError {
  constructor(messageVi: string, messageEn: string) {
    super('DEADLINE_PASSED', messageVi, messageEn);
  }
}

export class QuotaExceededError extends AppError {
  constructor(messageVi: string, messageEn: string, details: Record<string, unknown>) {
    super('QUOTA_EXCEEDED', messageVi, messageEn, details);
  }
}

/** A day the caller must give ('YYYY-MM-DD'): anything else (an empty form field too) is a BAD_USER_INPUT on `field`. */
export function requireDay(day: string, field: string): string {
  if (!isIsoDay(day))
    throw new BadInputError([{ field, message: 'cần nhập ngày hợp lệ' }], `${field} must be a day (YYYY-MM-DD).`);
  return day;
}
