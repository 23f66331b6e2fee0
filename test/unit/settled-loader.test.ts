import { describe, expect, it } from '@jest/globals';
import { graphql, buildSchema, type GraphQLResolveInfo } from 'graphql';
import { nodeFieldsAsked } from '../../src/common/lookahead.js';
import { settle, SettledLoader } from '../../src/common/settled-loader.js';

describe('SettledLoader', () => {
  const loader = (reads: string[][]) =>
    new SettledLoader<string, string | null, string>(
      async (ids) => {
        reads.push([...ids]);
        return ids.map((id) => (id === 'missing' ? null : `row ${id}`));
      },
      (id) => id,
    );

  it('answers with a promise until the key is read, then at once, missing rows (null) included', async () => {
    const reads: string[][] = [];
    const rows = loader(reads);
    const first = rows.answer('a');
    expect(first).toBeInstanceOf(Promise);
    expect(await first).toBe('row a');
    expect(rows.answer('a')).toBe('row a');
    await rows.loadMany(['b', 'missing']);
    expect(rows.answer('b')).toBe('row b');
    expect(rows.answer('missing')).toBeNull();
    expect(reads).toEqual([['a'], ['b', 'missing']]);
  });

  it('reads a cleared key again', async () => {
    const reads: string[][] = [];
    const rows = loader(reads);
    await rows.load('d');
    rows.clear('d');
    expect(rows.answer('d')).toBeInstanceOf(Promise);
    await rows.load('d');
    rows.clearAll();
    expect(rows.answer('d')).toBeInstanceOf(Promise);
  });

  it('answers a primed value at once, without reading it', () => {
    const reads: string[][] = [];
    const rows = loader(reads);
    rows.prime('c', 'row c from a page');
    expect(rows.answer('c')).toBe('row c from a page');
    expect(reads).toEqual([]);
  });
});

describe('settle', () => {
  it('applies at once when no value is a promise, and after them when one is', async () => {
    expect(settle([1, 'a'], (n, s) => `${String(n)}${s}`)).toBe('1a');
    const later = settle([1, Promise.resolve('b')], (n, s) => `${String(n)}${s}`);
    expect(later).toBeInstanceOf(Promise);
    expect(await later).toBe('1b');
  });
});

describe('nodeFieldsAsked', () => {
  const schema = buildSchema(`
    type Unit { name: String parent(asOf: String): Unit head: String }
    type Edge { node: Unit cursor: String }
    type Connection { nodes: [Unit] edges: [Edge] totalCount: Int }
    type Query { units: Connection }
  `);

  async function asked(query: string, variables: Record<string, unknown> = {}): Promise<string[]> {
    let seen: ReadonlySet<string> = new Set();
    const result = await graphql({
      schema,
      source: query,
      variableValues: variables,
      rootValue: {
        units: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
          seen = nodeFieldsAsked(info);
          return { nodes: [], edges: [] };
        },
      },
    });
    expect(result.errors).toBeUndefined();
    return [...seen].sort();
  }

  it('reads nodes and edges.node, through fragments and aliases', async () => {
    expect(await asked('{ units { nodes { name } } }')).toEqual(['name']);
    expect(await asked('{ units { edges { node { head } } } }')).toEqual(['head']);
    expect(await asked('{ units { nodes { ...U } } } fragment U on Unit { up: parent { name } }')).toEqual(['parent']);
    expect(await asked('{ units { totalCount } }')).toEqual([]);
  });

  it('leaves out a field asked only with arguments, and one skipped', async () => {
    expect(await asked('{ units { nodes { parent(asOf: "2025-07-01") { name } } } }')).toEqual([]);
    expect(await asked('query($h: Boolean!) { units { nodes { name head @include(if: $h) } } }', { h: false })).toEqual(
      ['name'],
    );
  });
});
