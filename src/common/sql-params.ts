/**
 * Collects the values of a SQL fragment and hands out their placeholders, so that one fragment (a policy's
 * scope) renders both for a raw query (`$n`, after the query's own parameters) and for TypeORM (`:name`). Named
 * placeholders are `:scope_1`, `:scope_2`, …: one named fragment per query builder.
 */
export class SqlParams {
  readonly values: unknown[] = [];

  constructor(
    private readonly style: 'positional' | 'named' = 'positional',
    private readonly offset = 0,
  ) {}

  /** The placeholder of a new value. */
  add(value: unknown): string {
    this.values.push(value);
    const n = this.values.length;
    return this.style === 'positional' ? `$${String(this.offset + n)}` : `:scope_${String(n)}`;
  }

  /** The values keyed by their names, for TypeORM. */
  named(): Record<string, unknown> {
    return Object.fromEntries(this.values.map((value, index) => [`scope_${String(index + 1)}`, value]));
  }
}
