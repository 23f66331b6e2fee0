import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { DEMO_PASSWORD } from '../../support/test-database.js';

const SEARCH = `query($q: String!, $asOf: Date) { units(filter: { search: $q }, first: 50, asOf: $asOf) { totalCount nodes { code name parent { name } } } }`;
/** a day when the city still had the units of 2023 (the demo replays 2025's reorganisations) */
const IN_2024 = '2024-06-01';

describe('unit search on the demo city (its 2023 units, and today’s)', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await createTestApp({ demo: true });
    token = await t.login('xem', DEMO_PASSWORD);
  });
  afterAll(() => t.close());

  const codes = async (q: string, asOf: string | null = IN_2024) =>
    (await t.gql(SEARCH, { q, asOf }, token)).data?.units.nodes.map((n: { code: string }) => n.code);

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

  it('"phuong 1" finds every Phường 01 (and Vũng Tàu’s Phường 1), each with its district, and no Phường 10', async () => {
    const result = await t.gql(SEARCH, { q: 'phuong 1', asOf: IN_2024 }, token);
    const nodes = result.data?.units.nodes as Array<{ name: string; parent: { name: string } }>;
    expect(nodes).toHaveLength(12);
    expect(new Set(nodes.map((n) => n.name))).toEqual(new Set(['Phường 01', 'Phường 1']));
    expect(new Set(nodes.map((n) => n.parent.name)).size).toBe(12);
    expect(nodes.filter((n) => n.name === 'Phường 1')).toEqual([
      { code: '26506', name: 'Phường 1', parent: { name: 'Thành phố Vũng Tàu' } },
    ]);
    expect(await codes('Phường 01')).toHaveLength(12);
  });

  it('matches from the start of a word, so a partial word still finds', async () => {
    expect(await codes('binh tan')).toContain('777');
    expect(await codes('hung hoa')).toEqual(expect.arrayContaining(['27439', '27442']));
  });

  it('finds a unit by its code', async () => {
    expect(await codes('777')).toEqual(['777']);
  });

  it('reads a code as of the day: 27439 was Phường Bình Hưng Hoà A, is Phường Bình Hưng Hòa; 777 is no more', async () => {
    const named = async (asOf: string | null) => (await t.gql(SEARCH, { q: '27439', asOf }, token)).data?.units.nodes;
    expect(await named(IN_2024)).toEqual([
      { code: '27439', name: 'Phường Bình Hưng Hoà A', parent: { name: 'Quận Bình Tân' } },
    ]);
    expect(await named(null)).toEqual([
      { code: '27439', name: 'Phường Bình Hưng Hòa', parent: { name: 'Thành phố Hồ Chí Minh' } },
    ]);
    expect(await codes('777', null)).toEqual([]);
    expect(await codes('binh hung hoa a', null)).toEqual([]);
    expect(await codes('binh tan', null)).toEqual(['27442']);
  });

  it('treats % and _ as plain characters', async () => {
    expect(await codes('%')).toEqual([]);
    expect(await codes('_')).toEqual([]);
  });

  it('loads parents and heads in a fixed number of statements, whatever the page size', async () => {
    const QUERY = `query($n: Int) { units(first: $n, asOf: "${IN_2024}") { nodes { name parent { name } head { fullName } } } }`;
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

  it.each(['units', 'people'])(
    'refuses a %s search over 100 characters (BAD_USER_INPUT), as its filter says',
    async (list) => {
      const query = `query($q: String!) { ${list}(filter: { search: $q }) { totalCount } }`;
      expect((await t.gql(query, { q: 'a'.repeat(100) }, token)).errors).toBeUndefined();
      const tooLong = await t.gql(query, { q: 'a'.repeat(101) }, token);
      expect(tooLong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    },
  );
});
