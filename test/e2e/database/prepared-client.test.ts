import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createDataSource } from '../../../src/database/data-source.js';
import { PREPARED_PER_CONNECTION, PreparingClient } from '../../../src/database/prepared-client.js';

/** What the server holds prepared for this connection. */
const preparedOn = async (client: PreparingClient) =>
  (await client.query<{ statement: string }>('SELECT statement FROM pg_prepared_statements')).rows.map(
    (row) => row.statement,
  );

describe('statements prepared once per connection', () => {
  const serverUrl = process.env.CONGVU_TEST_SERVER_URL as string;
  let client: PreparingClient;

  beforeAll(async () => {
    client = new PreparingClient({ connectionString: serverUrl });
    await client.connect();
  });
  afterAll(() => client.end());

  it('a statement with values is prepared on its first run and reused after, with each run’s own values', async () => {
    const sql = 'SELECT $1::int + 1 AS n';
    expect((await client.query<{ n: number }>(sql, [1])).rows).toEqual([{ n: 2 }]);
    expect((await client.query<{ n: number }>(sql, [41])).rows).toEqual([{ n: 42 }]);
    expect((await preparedOn(client)).filter((statement) => statement === sql)).toHaveLength(1);
  });

  it('a statement without values runs unnamed, as pg runs it', async () => {
    const sql = 'SELECT 7 AS seven';
    expect((await client.query<{ seven: number }>(sql)).rows).toEqual([{ seven: 7 }]);
    expect(await preparedOn(client)).not.toContain(sql);
  });

  it('a statement PostgreSQL refuses is not kept: its error is the caller’s, and the connection goes on', async () => {
    await expect(client.query('SELECT $1::int FROM no_such_table', [1])).rejects.toThrow(/no_such_table/);
    expect((await client.query<{ n: number }>('SELECT $1::int AS n', [3])).rows).toEqual([{ n: 3 }]);
    expect((await preparedOn(client)).some((statement) => statement.includes('no_such_table'))).toBe(false);
  });

  it(`past ${String(PREPARED_PER_CONNECTION)} statements a connection prepares no more, and every statement still answers`, async () => {
    const fresh = new PreparingClient({ connectionString: serverUrl });
    await fresh.connect();
    try {
      const text = (k: number) => `SELECT $1::int + ${String(k)} AS n`;
      for (let k = 0; k < PREPARED_PER_CONNECTION + 5; k += 1)
        expect((await fresh.query<{ n: number }>(text(k), [1])).rows).toEqual([{ n: 1 + k }]);
      const prepared = await preparedOn(fresh);
      expect(prepared).toHaveLength(PREPARED_PER_CONNECTION);
      expect(prepared).toContain(text(PREPARED_PER_CONNECTION - 1));
      expect(prepared).not.toContain(text(PREPARED_PER_CONNECTION));
      // the first ones stay prepared and are reused
      expect((await fresh.query<{ n: number }>(text(0), [5])).rows).toEqual([{ n: 5 }]);
      expect(await preparedOn(fresh)).toHaveLength(PREPARED_PER_CONNECTION);
    } finally {
      await fresh.end();
    }
  });

  it('the application’s data source runs its statements on such clients', async () => {
    const db = await createDataSource(serverUrl, { extra: { max: 1 } }).initialize();
    try {
      const sql = 'SELECT $1::text AS word';
      expect(await db.query(sql, ['một'])).toEqual([{ word: 'một' }]);
      const [row] = await db.query<Array<{ n: number }>>(
        'SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement = $1',
        [sql],
      );
      expect(row?.n).toBe(1);
    } finally {
      await db.destroy();
    }
  });
});
