import { Column } from 'typeorm';

/**
 * When a dated row holds: the half-open interval [validFrom, validTo) of days, `validTo` the first day it no longer
 * holds and null while it holds on. Embedded in an entity with `@Column(() => Validity, { prefix: false })`, so the
 * columns stay `valid_from` and `valid_to`.
 */
export class Validity {
  @Column({ type: 'date' })
  validFrom: string;

  @Column({ type: 'date', nullable: true })
  validTo: string | null;
}

/** A validity that always has an end (a leave): `valid_to` is NOT NULL. */
export class BoundedValidity {
  @Column({ type: 'date' })
  validFrom: string;

  @Column({ type: 'date' })
  validTo: string;
}

/** Whether the row holds on `day` (any validity: a bounded one, or a plain row read with these two names). */
export function isValidOn({ validFrom, validTo }: Validity, day: string): boolean {
  return validFrom <= day && (validTo === null || day < validTo);
}

/** The same in SQL: the row `alias` holds on the day in `param`. */
export const VALID_ON = (alias: string, param = '$2') =>
  `${alias}.valid_from <= ${param}::date AND (${alias}.valid_to IS NULL OR ${alias}.valid_to > ${param}::date)`;
