import { QueryFailedError } from 'typeorm';
import { AppError, ConflictError } from './errors.js';

/** What each constraint protects, in the users' words. Constraint names never reach a client. */
const CONSTRAINT_MESSAGES: Record<string, [vi: string, en: string]> = {
  EXC_unit_code_per_day: [
    'Mã đơn vị đã được dùng cho một đơn vị khác trong cùng thời gian.',
    'The unit code is already used by another unit on the same days.',
  ],
  EXC_unit_link_one_parent: [
    'Đơn vị đã có đơn vị cấp trên trong khoảng thời gian này.',
    'The unit already has a parent on these days.',
  ],
  EXC_appointment_one_head: [
    'Đơn vị đã có người đứng đầu (cùng loại chính thức/quyền) trong khoảng thời gian này.',
    'The unit already has a head (of the same acting status) on these days.',
  ],
  UQ_app_user_username: ['Tên đăng nhập đã tồn tại.', 'The username is taken.'],
  UQ_initiative_vote: [
    'Thành viên đã biểu quyết trong vòng thẩm định này; phiếu không sửa được.',
    'This member has already voted in this round.',
  ],
  EXC_period_overlap: ['Đã có kỳ đánh giá cùng loại trùng thời gian.', 'A period of the same kind covers these days.'],
};

const CONFLICT_STATES = new Set(['23P01', '23505']);

/** Turns a constraint violation into a CONFLICT the user can act on; anything else is rethrown unchanged. */
export function translateDbError(error: unknown): unknown {
  if (error instanceof AppError || !(error instanceof QueryFailedError)) return error;
  const driverError = error.driverError as { code?: string; constraint?: string };
  if (!driverError.code || !CONFLICT_STATES.has(driverError.code)) return error;
  const [vi, en] = CONSTRAINT_MESSAGES[driverError.constraint ?? ''] ?? [
    'Dữ liệu trùng hoặc chồng lấn với dữ liệu đã có.',
    'Duplicate or overlapping data.',
  ];
  return new ConflictError(vi, en);
}
