import { describe, expect, it } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { migrations } from '../../src/database/migrations.js';

describe('migrations', () => {
  it('every file in migrations/ is listed, in timestamp order', () => {
    const files = readdirSync(fileURLToPath(new URL('../../migrations', import.meta.url)))
      .filter((file) => file.endsWith('.ts'))
      .sort();
    const timestamps = files.map((file) => Number(file.split('-')[0]));
    expect(migrations.map((migration) => Number(/(\d{13})$/.exec(migration.name)?.[1]))).toEqual(timestamps);
  });
});
