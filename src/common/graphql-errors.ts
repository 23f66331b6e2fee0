import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { AppError, BadInputError } from './errors.js';
import { validationProblems } from './valid-input.js';
import { databaseUnavailable, invalidData, statementTimedOut } from './http-errors.js';
import { limitCodeOf, limitMessage } from './query-limits.js';

const PASSED_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** A bad variable (wrong enum value, malformed date) names the input path in its message: surface it as a field. */
function variableProblem(formatted: GraphQLFormattedError): BadInputError {
  const path =
    /at "([^"]+)"/.exec(formatted.message)?.[1] ?? /Variable "\$([^"]+)"/.exec(formatted.message)?.[1] ?? 'input';
  return new BadInputError([{ field: path, message: formatted.message }], formatted.message);
}

export function isExpectedError(error: unknown): boolean {
  const original = unwrapResolverError(error);
  return original instanceof AppError || original instanceof ArgumentValidationError;
}

/**
 * What a client may see: our typed errors as they are, validation problems as BAD_USER_INPUT with the fields,
 * and anything unexpected as a generic message (logged elsewhere with the request id) — never SQL or a stack.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof ArgumentValidationError) {
    const problem = new BadInputError(validationProblems(original.extensions.validationErrors));
    return { message: problem.message, path: formatted.path, extensions: problem.extensions };
  }
  if (original instanceof AppError) {
    return {
      message: original.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: original.extensions,
    };
  }
  const code = formatted.extensions?.code as string | undefined;
  if (code === 'BAD_USER_INPUT') {
    const problem = variableProblem(formatted);
    return { message: problem.message, locations: formatted.locations, extensions: problem.extensions };
  }
  const limit = limitCodeOf(error, formatted);
  if (limit) {
    const { cost, maxCost } = (formatted.extensions ?? {}) as { cost?: number; maxCost?: number };
    return {
      message: limitMessage(limit),
      extensions: { code: limit, ...(cost === undefined ? {} : { cost, maxCost }) },
    };
  }
  if (code && PASSED_THROUGH.has(code)) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code } };
  }
  if (databaseUnavailable(original)) {
    return {
      message: 'Hệ thống tạm thời không truy cập được cơ sở dữ liệu, vui lòng thử lại sau.',
      path: formatted.path,
      extensions: { code: 'SERVICE_UNAVAILABLE', messageEn: 'The database is unavailable; retry shortly.' },
    };
  }
  if (invalidData(original)) {
    return {
      message: 'Dữ liệu không hợp lệ: có ký tự không được phép, chuỗi quá dài hoặc giá trị ngoài phạm vi.',
      path: formatted.path,
      extensions: {
        code: 'BAD_USER_INPUT',
        messageEn: 'A value the database cannot store (a NUL character, too long, out of range).',
      },
    };
  }
  if (statementTimedOut(original)) {
    return {
      message: 'Yêu cầu chạy quá thời gian cho phép và đã bị huỷ; hãy thu hẹp phạm vi rồi thử lại.',
      path: formatted.path,
      extensions: { code: 'QUERY_TIMEOUT', messageEn: 'The request ran over its time limit and was cancelled.' },
    };
  }
  return {
    message: 'Lỗi hệ thống, vui lòng thử lại sau.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', messageEn: 'Internal error.' },
  };
}
