import { describe, expect, it } from '@jest/globals';
import { declaredRootPermissions } from '../../../src/auth/permissions.js';
import { buildAppSchema } from '../../../src/schema.js';

describe('deny by default', () => {
  it('every root field of the built schema declares who may call it', async () => {
    const schema = await buildAppSchema();
    const declared = declaredRootPermissions();
    const rootFields = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
      type ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : [],
    );
    expect(rootFields.length).toBeGreaterThan(10);
    expect(rootFields.filter((field) => !declared.has(field))).toEqual([]);
  });

  it('only login is public', () => {
    const publicFields = [...declaredRootPermissions()]
      .filter(([, rules]) => rules.includes('PUBLIC'))
      .map(([field]) => field);
    expect(publicFields).toEqual(['Mutation.login']);
  });
});
