import { describe, expect, it } from '@jest/globals';
import { SqlParams } from '../../src/common/sql-params.js';
import { appendWhere, namedWhere, type Combinators, type WhereColumns } from '../../src/common/where.js';

interface Where extends Combinators<Where> {
  n?: { equals?: number | null };
}
const COLUMNS: WhereColumns<Where> = { n: { sql: 't.n', kind: 'int' } };

describe('a where compiles to one parameterised condition', () => {
  it('an empty or matches nothing, an empty and asks nothing', () => {
    expect(appendWhere({ or: [] }, COLUMNS, [])).toBe('(FALSE)');
    expect(appendWhere({ and: [] }, COLUMNS, [])).toBe('TRUE');
  });

  it('values travel as parameters after the query’s own', () => {
    const params: unknown[] = ['first'];
    const sql = appendWhere({ or: [{ n: { equals: 1 } }, { n: { equals: 2 } }] }, COLUMNS, params);
    expect(params).toEqual(['first', 1, 2]);
    expect(sql).toContain('$2');
    expect(sql).toContain('$3');
    expect(sql).not.toContain('1');
  });

  it('a named where never shares a parameter name with a policy scope in the same query builder', () => {
    const scope = new SqlParams('named');
    scope.add('unit-of-the-caller');
    const where = namedWhere({ n: { equals: 5 } }, COLUMNS);
    const names = [...Object.keys(scope.named()), ...Object.keys(where.params)];
    expect(new Set(names).size).toBe(names.length);
  });
});
