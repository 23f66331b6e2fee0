import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getMetadataStorage } from 'type-graphql';
import { INSPECTION_STAFF } from '../../../src/auth/role.js';
import { InspectionResolver } from '../../../src/inspection/inspection.resolver.js';
import { accessCity, signInAll, WHO, type AccessRows, type Who } from '../../factories/access-city.js';
import { createTestApp, type GqlResult, type TestApp } from '../../support/test-app.js';

/**
 * `node(id:)` calls each type's own query method directly, past the gate (`@Allow`) GraphQL puts before that
 * query: it must ask the same gate. Every Node type's query admits any signed-in user today, so this file narrows
 * `inspections` to the inspection staff before the schema is built (the metadata is this file's own): a ward's
 * staff is then refused an inspection by `inspections` and by `node` alike.
 */
const gate = getMetadataStorage().authorizedFields.find(
  (field) => field.target === InspectionResolver && field.fieldName === 'inspections',
);
if (!gate) throw new Error('Query.inspections declares no @Allow');
gate.roles = [...INSPECTION_STAFF];

/** Each Node type's own query for one id: what it answers is the row, or why not. */
const OWN_QUERY: Record<string, string> = {
  Unit: 'query($id: ID!) { row: unit(id: $id) { id } }',
  Person: 'query($id: ID!) { row: person(id: $id) { id } }',
  Evaluation: 'query($id: ID!) { row: evaluation(id: $id) { id } }',
  EvaluationPeriod: 'query($id: ID!) { list: evaluationPeriods(where: { id: { equals: $id } }) { nodes { id } } }',
  FeedbackItem: 'query($id: ID!) { list: feedbackItems(where: { id: { equals: $id } }) { nodes { id } } }',
  Inspection: 'query($id: ID!) { list: inspections(where: { id: { equals: $id } }) { nodes { id } } }',
  Initiative: 'query($id: ID!) { list: initiatives(where: { id: { equals: $id } }) { nodes { id } } }',
};
const NODE = 'query($id: ID!) { row: node(id: $id) { __typename id } }';

type Answer = 'FOUND' | string;

/** FOUND, or the refusal's code (a list without the row is NOT_FOUND, as `node` says of a row out of scope). */
function answerOf(result: GqlResult, id: string): Answer {
  if (result.errors) return result.errors[0]?.extensions.code ?? 'NO CODE';
  const data = result.data ?? {};
  const found = 'list' in data ? data.list.nodes.some((row: { id: string }) => row.id === id) : data.row?.id === id;
  return found ? 'FOUND' : 'NOT_FOUND';
}

describe('node(id:) asks the gate of the type’s own query', () => {
  let t: TestApp;
  let rows: AccessRows;
  let tokens: Record<Who, string>;

  beforeAll(async () => {
    t = await createTestApp();
    ({ rows } = await accessCity(t));
    tokens = await signInAll(t);
  });
  afterAll(() => t.close());

  it('a ward’s staff, refused `inspections`, gets the same FORBIDDEN through node(id:); inspection staff get it', async () => {
    const id = rows.Inspection.own as string;
    const own = await t.gql(OWN_QUERY.Inspection as string, { id }, tokens.canbo);
    expect(own.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const node = await t.gql(NODE, { id }, tokens.canbo);
    expect(node.data?.row).toBeNull();
    expect(node.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(NODE, { id }, tokens.kiemtra)).data?.row).toEqual({ __typename: 'Inspection', id });
  });

  it('every caller, signed in or not, gets from node(id:) what the type’s own query answers, for every Node type', async () => {
    const callers: Array<[string, string | null]> = [
      ['anonymous', null],
      ...WHO.map((who) => [who, tokens[who]] as [string, string]),
    ];
    const differ: string[] = [];
    const seen = new Set<Answer>();
    for (const [type, query] of Object.entries(OWN_QUERY)) {
      for (const id of [rows[type]?.own, rows[type]?.foreign].filter((row) => row !== undefined)) {
        for (const [who, token] of callers) {
          const own = answerOf(await t.gql(query, { id }, token), id);
          const node = answerOf(await t.gql(NODE, { id }, token), id);
          seen.add(own);
          if (own !== node) differ.push(`${who} ${type} ${id}: own query ${own}, node ${node}`);
        }
      }
    }
    expect(differ).toEqual([]);
    // the sweep met every answer: rows found, rows out of scope, the gate's two refusals
    expect([...seen].sort()).toEqual(['FORBIDDEN', 'FOUND', 'NOT_FOUND', 'UNAUTHENTICATED']);
  });
});
