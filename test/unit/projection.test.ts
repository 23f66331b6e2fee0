import { describe, expect, it } from '@jest/globals';
import { columnsAsked, WHOLE_ROW, type FieldColumns } from '../../src/common/projection.js';

interface Row {
  id: string;
  name: string;
  parentId: string;
  day: string;
}

const FIELDS: FieldColumns<Row> = { id: ['id'], name: ['name'], parent: ['parentId', 'day'], history: WHOLE_ROW };

describe('columnsAsked: the columns a page reads for the fields a query asks', () => {
  it('is the union of the fields’ columns, __typename reading none', () => {
    expect(columnsAsked(FIELDS, ['name', 'parent', '__typename'])).toStrictEqual(new Set(['name', 'parentId', 'day']));
    expect(columnsAsked(FIELDS, ['__typename'])).toStrictEqual(new Set());
  });

  it('reads every column for a field that reads the whole row', () => {
    expect(columnsAsked(FIELDS, ['name', 'history'])).toBeNull();
  });

  it('reads every column for a field it was not told of, an inherited name included', () => {
    expect(columnsAsked(FIELDS, ['name', 'score'])).toBeNull();
    expect(columnsAsked(FIELDS, ['constructor'])).toBeNull();
  });
});
