import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import request from 'supertest';
import { Role } from '../../../src/auth/auth.enums.js';
import { SHEETS, SHEET_KINDS } from '../../../src/people/import/people-import.rules.js';
import { buildAppSchema } from '../../../src/schema.js';
import { OPEN, rankedCity, type Org } from '../../factories/evaluation.js';
import { makeUser } from '../../factories/scenario.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

/** Mutations left to their own tests: signing in and out change the caller, not the data. */
const SKIPPED = new Set(['login', 'logout']);

/** Values of a scalar: valid ones, edge cases and junk. */
function scalar(name: string, ids: string[]): fc.Arbitrary<unknown> {
  const junk = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom('', ' ', "'; DROP TABLE unit; --", '\u0000', '🙂'.repeat(50), 'x'.repeat(5_000)),
  );
  switch (name) {
    case 'ID':
      return fc.oneof(fc.constantFrom(...ids), fc.uuid(), junk);
    case 'Int':
      return fc.oneof(fc.integer({ min: -5, max: 120 }), fc.constantFrom(0, -1, 2_147_483_647, -2_147_483_648));
    case 'Float':
      return fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(0, -0.5, 1e308, 99.999));
    case 'Boolean':
      return fc.boolean();
    case 'Date':
      return fc.oneof(
        fc
          .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
        fc.constantFrom('2026-02-30', '0000-01-01', '9999-12-31', '2026-13-01', '26-1-1'),
        junk,
      );
    case 'DateTime':
      return fc.oneof(
        fc
          .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString()),
        junk,
      );
    default:
      return fc.oneof(fc.string({ maxLength: 60 }), junk);
  }
}

const base64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

/**
 * A file's content in base64: junk text, random bytes, a PDF's first bytes, or a CSV of one of the import's
 * sheets (its header, then generated cells: valid values, edge cases, junk).
 */
function fileContent(): fc.Arbitrary<unknown> {
  const cell = fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.constantFrom(
      '27439',
      '01/02/2026',
      '2026-02-30',
      '31/12/9999',
      'Nhân viên',
      'Người đứng đầu',
      'Công chức',
      'có',
      '-1',
      '1e309',
      '12.500.000',
      '=cmd',
      '\u0000',
      'x'.repeat(300),
    ),
  );
  const csv = fc
    .tuple(
      fc.constantFrom(...SHEET_KINDS),
      fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 4 }),
      fc.constantFrom(',', ';'),
    )
    .map(([kind, rows, separator]) =>
      [SHEETS[kind].columns.map((column) => column.label), ...rows]
        .map((row) => row.map((value) => `"${value.replace(/"/g, '""')}"`).join(separator))
        .join('\n'),
    );
  return fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.uint8Array({ maxLength: 200 }).map(base64),
    fc.uint8Array({ maxLength: 64 }).map((tail) => base64(Buffer.concat([Buffer.from('%PDF-1.7\n'), tail]))),
    csv.map(base64),
  );
}

function valueOf(type: GraphQLInputType, ids: string[], depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueOf(type.ofType, ids, depth);
  if (isListType(type)) return fc.array(valueOf(type.ofType, ids, depth + 1), { maxLength: 3 });
  const named = getNamedType(type);
  if (isEnumType(named))
    return fc.oneof(fc.constantFrom(...named.getValues().map((v) => v.value)), fc.constant('NOT_A_VALUE'));
  if (isInputObjectType(named)) {
    if (depth > 3) return fc.constant({});
    const fields = Object.values(named.getFields());
    return fc.record(
      Object.fromEntries(
        fields.map((field) => [
          field.name,
          field.name === 'contentBase64' ? fileContent() : valueOf(field.type, ids, depth + 1),
        ]),
      ),
      { requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name) },
    );
  }
  return isScalarType(named) ? scalar(named.name, ids) : fc.constant(null);
}

function documentFor(schema: GraphQLSchema, name: string, args: readonly GraphQLArgument[]): string {
  const field = schema.getMutationType()?.getFields()[name];
  const returned = getNamedType(field?.type);
  const selection = isScalarType(returned) || isEnumType(returned) ? '' : '{ __typename }';
  const variables = args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return args.length > 0
    ? `mutation(${variables}) { ${name}(${passed}) ${selection} }`
    : `mutation { ${name} ${selection} }`;
}

describe("a fuzz of every mutation's inputs: never a 500, never a partial write", () => {
  let t: TestApp;
  let org: Org;
  let schema: GraphQLSchema;
  let ids: string[];
  let tokens: string[];

  const trailSize = async (): Promise<number> => (await t.db.query(`SELECT count(*)::int AS n FROM audit_log`))[0].n;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-09-15T08:00:00+07:00') });
    org = await rankedCity(t);
    await makeUser(t.db, 'quantri', [Role.SYSTEM_ADMIN]);
    await t.gql(OPEN, { input: { kind: 'QUARTER', year: 2026, quarter: 3 } }, org.tokens.noivu);
    schema = await buildAppSchema();
    const rows: Array<{ id: string }> = await t.db.query(
      `SELECT id::text FROM unit UNION ALL SELECT id::text FROM person UNION ALL SELECT id::text FROM appointment
       UNION ALL SELECT id::text FROM evaluation UNION ALL SELECT id::text FROM evaluation_period
       UNION ALL SELECT id::text FROM initiative UNION ALL SELECT id::text FROM inspection UNION ALL SELECT id::text FROM finding
       UNION ALL SELECT id::text FROM feedback_item UNION ALL SELECT id::text FROM discipline_case UNION ALL SELECT id::text FROM notification`,
    );
    ids = rows.map((row) => row.id);
    tokens = [org.tokens.noivu, await t.login('quantri'), org.tokens.bhha, org.tokens.canbo];
  });
  afterAll(() => t.close());

  const mutations = () =>
    Object.values(schema.getMutationType()?.getFields() ?? {}).filter((field) => !SKIPPED.has(field.name));

  it('answers every generated input with data or a typed error, and a refused one writes nothing', async () => {
    const failures: string[] = [];
    for (const field of mutations()) {
      const query = documentFor(schema, field.name, field.args);
      const inputs = fc.record(Object.fromEntries(field.args.map((arg) => [arg.name, valueOf(arg.type, ids)])));
      await fc.assert(
        fc.asyncProperty(inputs, fc.constantFrom(...tokens), async (variables, token) => {
          const before = await trailSize();
          const response = await request(t.app)
            .post('/graphql')
            .set('authorization', `Bearer ${token}`)
            .send({ query, variables });
          const codes: string[] = (response.body.errors ?? []).map(
            (e: { extensions?: { code?: string } }) => e.extensions?.code ?? 'NONE',
          );
          if (response.status >= 500 || codes.includes('INTERNAL_SERVER_ERROR') || codes.includes('NONE')) {
            failures.push(
              `${field.name} ${JSON.stringify(variables).slice(0, 300)} → ${response.status} ${JSON.stringify(response.body).slice(0, 200)}`,
            );
            return;
          }
          if (codes.length > 0 && (await trailSize()) !== before)
            failures.push(`${field.name}: refused (${codes[0]}) but wrote ${JSON.stringify(variables).slice(0, 200)}`);
        }),
        { numRuns: 25, seed: Number(process.env.FUZZ_SEED ?? 7) },
      );
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
