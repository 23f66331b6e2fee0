import { describe, expect, it } from '@jest/globals';
import { buildSchema, graphql } from 'graphql';
import { denyUndeclared } from '../../src/auth/permissions.js';

describe('deny by default on the built schema', () => {
  it('refuses a root field that declares no permission and leaves declared and nested fields alone', async () => {
    const schema = denyUndeclared(
      buildSchema(`type Query { declared: Thing, forgotten: Int } type Thing { value: Int }`),
      new Map([['Query.declared', ['SIGNED_IN']]]),
    );
    const rootValue = { declared: { value: 7 }, forgotten: 1 };
    const declared = await graphql({ schema, source: '{ declared { value } }', rootValue });
    expect(declared).toEqual({ data: { declared: { value: 7 } } });
    const forgotten = await graphql({ schema, source: '{ forgotten }', rootValue });
    expect(forgotten.data).toEqual({ forgotten: null });
    expect(forgotten.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
