import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../../src/auth/auth.enums.js';
import { evaluationOf, OPEN, rankedCity, type Org } from '../../factories/evaluation.js';
import { makePerson, makeUser } from '../../factories/scenario.js';
import { adminAgent } from '../../support/admin.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

describe('nothing others refer to is deleted: it is archived', () => {
  let t: TestApp;
  let org: Org;
  let periodId: string;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-09-15T08:00:00+07:00') });
    org = await rankedCity(t);
    await makeUser(t.db, 'quantri', [Role.SYSTEM_ADMIN]);
    periodId = (await t.gql(OPEN, { input: { kind: 'QUARTER', year: 2026, quarter: 3 } }, org.tokens.noivu)).data
      ?.openEvaluationPeriod.id;
  });
  afterAll(() => t.close());

  it('deleting a person in the panel archives them: hidden from lists, their evaluation still readable, restorable', async () => {
    const person = org.people.canbo;
    const evaluation = await evaluationOf(t, periodId, person.id);
    const agent = await adminAgent(t, 'noivu');

    const response = await agent.post(`/admin/api/resources/Person/records/${person.id}/delete`);
    expect(response.body.notice).toMatchObject({ type: 'success' });
    const [row] = await t.db.query(`SELECT archived_at FROM person WHERE id = $1`, [person.id]);
    expect(row.archived_at).not.toBeNull();
    expect(await t.db.query(`SELECT count(*)::int AS n FROM appointment WHERE person_id = $1`, [person.id])).toEqual([
      { n: 1 },
    ]);

    const answer = await t.gql(
      `query($id: ID!) { evaluation(id: $id) { id person { fullName } } }`,
      { id: evaluation.id },
      org.tokens.noivu,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.evaluation.person.fullName).toBe('Công Chức Địa Chính');

    const list = await agent.get('/admin/api/resources/Person/actions/list?perPage=500');
    expect(list.body.records.map((r: { id: string }) => r.id)).not.toContain(person.id);
    const people = await t.gql(`{ people(first: 500) { nodes { id } } }`, {}, org.tokens.noivu);
    expect(people.data?.people.nodes.map((n: { id: string }) => n.id)).not.toContain(person.id);

    const [archived] = await t.db.query(
      `SELECT actor_user_id, origin, after ->> 'archived_at' AS archived FROM audit_log WHERE table_name = 'person' AND row_id = $1 AND action = 'UPDATE'`,
      [person.id],
    );
    expect(archived).toMatchObject({ origin: 'admin', archived: expect.any(String) });

    const shown = await agent.get(`/admin/api/resources/Person/records/${person.id}/show`);
    expect(shown.body.record.recordActions.map((a: { name: string }) => a.name)).toContain('restore');
    const restored = await agent.get(`/admin/api/resources/Person/records/${person.id}/restore`);
    expect(restored.body.notice).toMatchObject({ type: 'success' });
    expect(await t.db.query(`SELECT archived_at FROM person WHERE id = $1`, [person.id])).toEqual([
      { archived_at: null },
    ]);
  });

  it('bulk delete archives too; an archived account can no longer sign in', async () => {
    const a = await makePerson(t.db, 'Lưu Trữ Một');
    const b = await makePerson(t.db, 'Lưu Trữ Hai');
    const agent = await adminAgent(t, 'noivu');
    const response = await agent.post(`/admin/api/resources/Person/bulk/bulkDelete?recordIds=${a.id},${b.id}`);
    expect(response.body.notice).toMatchObject({ type: 'success' });
    expect(
      await t.db.query(`SELECT count(*)::int AS n FROM person WHERE id = ANY($1) AND archived_at IS NOT NULL`, [
        [a.id, b.id],
      ]),
    ).toEqual([{ n: 2 }]);

    const user = await makeUser(t.db, 'sebiluutru', []);
    const admin = await adminAgent(t, 'quantri');
    expect((await admin.post(`/admin/api/resources/User/records/${user.id}/delete`)).body.notice).toMatchObject({
      type: 'success',
    });
    expect(
      await t.db.query(`SELECT active, archived_at IS NOT NULL AS archived FROM app_user WHERE id = $1`, [user.id]),
    ).toEqual([{ active: false, archived: true }]);
    await expect(t.login('sebiluutru')).rejects.toThrow();
  });

  it('the database refuses to delete what others refer to, and foreign keys restrict instead of cascading', async () => {
    for (const table of ['person', 'unit', 'appointment', 'app_user', 'evaluation_period', 'evaluation']) {
      await expect(t.db.query(`DELETE FROM ${table} WHERE true`)).rejects.toThrow('never deleted');
    }
    const rules: Array<{ rule: string }> = await t.db.query(
      `SELECT DISTINCT confdeltype AS rule FROM pg_constraint WHERE contype = 'f'`,
    );
    expect(rules.map((r) => r.rule)).toEqual(['r']);
  });
});
