import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { getNamedType, isObjectType, type GraphQLField, type GraphQLObjectType } from 'graphql';
import { EVALUATION_FIELD_COLUMNS } from '../../../src/evaluation/evaluation.type.js';
import { buildAppSchema } from '../../../src/schema.js';
import { OPEN, rankedCity, rateThrough, SELF, evaluationOf, type Org } from '../../factories/evaluation.js';
import { makeHead } from '../../factories/scenario.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

const qd20 = (score: number) => ({ generalScore: Math.min(30, score), taskScore: score - Math.min(30, score) });

/** A field's selection: its name, and for an object its leaves that take no argument. */
function selection(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (!isObjectType(type)) return field.name;
  const leaves = Object.values(type.getFields())
    .filter((sub) => sub.args.length === 0 && !isObjectType(getNamedType(sub.type)))
    .map((sub) => sub.name);
  // a unit's head and parent are seen on the evaluation's day: its period's last
  const seenOnItsDay = field.name === 'unit' ? ' head { fullName } parent { name }' : '';
  return `${field.name} { __typename ${leaves.join(' ')}${seenOnItsDay} }`;
}

/**
 * A page of evaluations reads only the columns its query asks (EVALUATION_FIELD_COLUMNS): each field asked alone
 * must answer as it does when every field is asked and whole rows are read.
 */
describe('a page of evaluations reads the columns its fields need', () => {
  let t: TestApp;
  let org: Org;
  let fields: Array<GraphQLField<unknown, unknown>>;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-10-02T09:00:00+07:00') });
    org = await rankedCity(t);
    const opened = await t.gql(OPEN, { input: { kind: 'QUARTER', year: 2026, quarter: 3 } }, org.tokens.noivu);
    expect(opened.errors).toBeUndefined();
    const periodId = opened.data?.openEvaluationPeriod.id as string;
    await rateThrough(t, periodId, org.people.canbo, { self: org.tokens.canbo, rater: org.tokens.bhha }, qd20(86), {
      approve: true,
    });
    await rateThrough(t, periodId, org.people.ward2, { self: org.tokens.ward2, rater: org.tokens.binhtan }, qd20(72));
    const { id } = await evaluationOf(t, periodId, org.people.bhha.id);
    const self = await t.gql(
      SELF,
      { input: { evaluationId: id, parts: qd20(91), narrative: 'Tự nhận' } },
      org.tokens.bhha,
    );
    expect(self.errors).toBeUndefined();
    // An Lạc changes heads the day after the period: its evaluations' unit is seen on the period's last day
    await t.db.query(`UPDATE appointment SET valid_to = '2026-10-01' WHERE person_id = $1`, [org.people.ward3.id]);
    await makeHead(t.db, org.wards[2], { from: '2026-10-01' });
    const evaluation = (await buildAppSchema()).getType('Evaluation') as GraphQLObjectType;
    fields = Object.values(evaluation.getFields());
  });
  afterAll(() => t.close());

  const page = async (selections: string[]) => {
    const answer = await t.gql(
      `{ evaluations(first: 50) { nodes { id ${selections.join(' ')} } } }`,
      {},
      org.tokens.noivu,
    );
    expect(answer.errors).toBeUndefined();
    const nodes = answer.data?.evaluations.nodes as Array<Record<string, unknown>>;
    return new Map(nodes.map((node) => [node.id, node]));
  };

  it('declares every field of Evaluation, its field resolvers included', () => {
    expect(Object.keys(EVALUATION_FIELD_COLUMNS).sort()).toStrictEqual(fields.map((field) => field.name).sort());
  });

  it('answers each field asked alone as with every field asked', async () => {
    const whole = await page(fields.map(selection));
    expect(whole.size).toBeGreaterThan(5);
    const rated = [...whole.values()].filter((node) => node.score !== null);
    expect(rated.map((node) => node.score).sort()).toStrictEqual([72, 86]);
    for (const field of fields) {
      const alone = await page([selection(field)]);
      expect(alone.size).toBe(whole.size);
      for (const [id, node] of alone)
        expect({ [field.name]: node[field.name] }).toStrictEqual({ [field.name]: whole.get(id)?.[field.name] });
    }
  });

  it('leaves the columns nobody asked out of the page’s statement', async () => {
    const spy = jest.spyOn(t.db.manager, 'query');
    try {
      await page(['status', 'person { fullName }']);
      const statement = String(spy.mock.calls.find(([sql]) => String(sql).includes('FROM evaluation e'))?.[0]);
      expect(statement).toContain('e."status"');
      expect(statement).toContain('e."person_id"');
      expect(statement).not.toContain('e."self_criteria"');
      expect(statement).not.toContain('e."explanation"');
    } finally {
      spy.mockRestore();
    }
  });
});
