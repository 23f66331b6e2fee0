import type { ValueTransformer } from 'typeorm';

/** PostgreSQL numeric and bigint arrive as strings; these columns hold values well inside a double's range. */
export const numberTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
