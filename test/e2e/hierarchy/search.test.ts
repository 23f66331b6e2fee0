import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedDemoIfEmpty } from '../../../src/database/seeds/demo.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

const SEARCH = `query($q: String!) { units(filter: { search: $q }, first: 50) { totalCount nodes { code name parent { name } } } }`;
const DEMO_PASSWORD = 'demo-password';

describe('unit search on the demo city (2023 units)', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoIfEmpty(t.db, DEMO_PASSWORD);
    token = await t.login('xem', DEMO_PASSWORD);
  }, 180_000);
  afterAll(() => t.close());

  const codes = async (q: string) => (await t.gql(SEARCH, { q }, token)).data?.units.nodes.map((n: { code: string }) => n.code);

  it.each([
    'binh hung hoa a',
    'Bình Hưng Hòa A',
    'Bình Hưng Hoà A',
    'BÌNH HƯNG HOÀ A',
    'Bình Hưng Hòa A'.normalize('NFD'),
    '  bình   hưng hoà a ',
  ])('finds Phường Bình Hưng Hoà A from %p', async (q) => {
    expect(await codes(q)).toEqual(['27439']);
  });

  it('"phuong 1" finds every Phường 01, each with its district, and no Phường 10', async () => {
    const result = await t.gql(SEARCH, { q: 'phuong 1' }, token);
    const nodes = result.data?.units.nodes as Array<{ name: string; parent: { name: string } }>;
    expect(nodes).toHaveLength(11);
    expect(new Set(nodes.map((n) => n.name))).toEqual(new Set(['Phường 01']));
    expect(new Set(nodes.map((n) => n.parent.name)).size).toBe(11);
    expect(await codes('Phường 01')).toHaveLength(11);
  });

  it('matches from the start of a word, so a partial word still finds', async () => {
    expect(await codes('binh tan')).toContain('777');
    expect(await codes('hung hoa')).toEqual(expect.arrayContaining(['27439', '27442']));
  });

  it('finds a unit by its code', async () => {
    expect(await codes('777')).toEqual(['777']);
  });

  it('treats % and _ as plain characters', async () => {
    expect(await codes('%')).toEqual([]);
    expect(await codes('_')).toEqual([]);
  });

  it('loads parents and heads in a fixed number of statements, whatever the page size', async () => {
    const QUERY = `query($n: Int) { units(first: $n) { nodes { name parent { name } head { fullName } } } }`;
    const statements = async (n: number) => {
      const before = t.queries.count;
      const result = await t.gql(QUERY, { n }, token);
      expect(result.data?.units.nodes).toHaveLength(n);
      return t.queries.count - before;
    };
    const small = await statements(5);
    const large = await statements(300);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(1 + 4);
  });
});
