import { describe, expect, it } from '@jest/globals';
import { SqlParams } from '../../src/common/sql-params.js';
import { whereSql, type Combinators, type WhereColumns } from '../../src/common/where.js';

interface Where extends Combinators<Where> {
  n?: { equals?: number | null };
}
const COLUMNS: WhereColumns<Where> = { n: { sql: 't.n', kind: 'int' } };

describe('a where compiles to one parameterised condition', () => {
  it('an empty or matches nothing, an empty and asks nothing', () => {
    expect(whereSql({ or: [] }, COLUMNS, new SqlParams())).toBe('(FALSE)');
    expect(whereSql({ and: [] }, COLUMNS, new SqlParams())).toBe('TRUE');
  });

  it('values travel as parameters after the query’s own', () => {
    const params = new SqlParams();
    params.add('first');
    const sql = whereSql({ or: [{ n: { equals: 1 } }, { n: { equals: 2 } }] }, COLUMNS, params);
    expect(params.values).toEqual(['first', 1, 2]);
    expect(sql).toContain('$2');
    expect(sql).toContain('$3');
    expect(sql).not.toContain('1');
  });
});
