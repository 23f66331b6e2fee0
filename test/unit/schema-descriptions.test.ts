import { describe, expect, it } from '@jest/globals';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from 'graphql';
import { enumLabels } from '../../src/common/enum-labels.js';
import { buildAppSchema } from '../../src/schema.js';

/** Every type, field, argument and enum value of the schema without a description. */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || (isScalarType(type) && isSpecifiedScalarType(type))) continue;
    if (!type.description) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) {
          if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing.sort();
}

describe('the schema describes itself to dashboard developers', () => {
  it('every enum value has a description and a Vietnamese label (enumLabels)', async () => {
    const schema = await buildAppSchema();
    const labelled = new Set(enumLabels().map((row) => `${row.enum}.${row.value}`));
    const unlabelled: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isEnumType(type) || type.name.startsWith('__')) continue;
      for (const value of type.getValues()) {
        if (!labelled.has(`${type.name}.${value.name}`) || !value.description) {
          unlabelled.push(`${type.name}.${value.name}`);
        }
      }
    }
    expect(unlabelled).toEqual([]);
  });

  it('every type, field, argument and enum value has a description (the list names what lacks one)', async () => {
    expect(undescribed(await buildAppSchema())).toEqual([]);
  });
});
