import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { Role } from '../../../src/auth/auth.enums.js';
import { MAX_QUERY_COST } from '../../../src/common/query-limits.js';
import { makeUser } from '../../factories/scenario.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

/** Five levels under each person: their appointments' units, those units' heads and the heads' appointments. */
const NESTED = `nodes { id fullName appointments { unit { name head { fullName appointments { id } } } } }`;

describe('bounded work per request: every limit is a 400 with its code, before any SQL', () => {
  let t: TestApp;
  let token: string;

  const post = (body: object) => request(t.app).post('/graphql').set('authorization', `Bearer ${token}`).send(body);

  beforeAll(async () => {
    t = await createTestApp();
    await makeUser(t.db, 'xem', [Role.VIEWER]);
    token = await t.login('xem');
  });
  afterAll(() => t.close());

  it("the issue's request — 15 aliases of people(first: 500) nested five deep — is refused as too costly before any SQL runs", async () => {
    const query = `{ ${Array.from({ length: 15 }, (_, i) => `p${i}: people(first: 500) { ${NESTED} }`).join(' ')} }`;
    t.queries.count = 0;
    const response = await post({ query });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions).toMatchObject({
      code: 'QUERY_TOO_COSTLY',
      maxCost: MAX_QUERY_COST,
      cost: expect.any(Number),
    });
    expect(response.body.errors[0].extensions.cost).toBeGreaterThan(MAX_QUERY_COST);
    // the bearer token is checked (one statement); nothing of the query itself ran
    expect(t.queries.count).toBeLessThanOrEqual(1);
  });

  it('the page size in a variable counts as well; a modest page of the same shape is served', async () => {
    const query = `query($n: Int) { a: people(first: $n) { ${NESTED} } b: people(first: $n) { ${NESTED} } c: people(first: $n) { ${NESTED} } }`;
    expect((await post({ query, variables: { n: 500 } })).body.errors?.[0].extensions.code).toBe('QUERY_TOO_COSTLY');
    const small = await post({ query, variables: { n: 20 } });
    expect(small.status).toBe(200);
    expect(small.body.errors).toBeUndefined();
  });

  it('a fragment does not hide the cost', async () => {
    const query = `fragment P on PersonConnection { ${NESTED} } { ${Array.from({ length: 6 }, (_, i) => `p${i}: people(first: 500) { ...P }`).join(' ')} }`;
    expect((await post({ query })).body.errors?.[0].extensions.code).toBe('QUERY_TOO_COSTLY');
  });

  it('too deep, too many aliases, too many tokens, too many directives: 400 with their codes', async () => {
    const deep = await post({
      query: `{ me { person { appointments { unit { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } }`,
    });
    expect([deep.status, deep.body.errors[0].extensions.code]).toEqual([400, 'QUERY_TOO_DEEP']);

    const aliases = await post({ query: `{ ${Array.from({ length: 16 }, (_, i) => `m${i}: me { id }`).join(' ')} }` });
    expect([aliases.status, aliases.body.errors[0].extensions.code]).toEqual([400, 'TOO_MANY_ALIASES']);

    const tokens = await post({ query: `{ me { ${Array.from({ length: 2_100 }, () => 'id').join(' ')} } }` });
    expect([tokens.status, tokens.body.errors[0].extensions.code]).toEqual([400, 'TOO_MANY_TOKENS']);

    const directives = await post({
      query: `{ me { id ${Array.from({ length: 21 }, () => '@include(if: true)').join(' ')} } }`,
    });
    expect([directives.status, directives.body.errors[0].extensions.code]).toEqual([400, 'TOO_MANY_DIRECTIVES']);
  });

  it('automatic persisted queries are off: a hash alone is refused, and nothing is stored', async () => {
    const response = await post({
      extensions: {
        persistedQuery: { version: 1, sha256Hash: 'ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38' },
      },
    });
    expect(response.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
  });
});
