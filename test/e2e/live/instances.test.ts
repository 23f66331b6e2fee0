import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createClient, type Client } from 'graphql-ws';
import request from 'supertest';
import WebSocket from 'ws';
import { OPEN, rankedCity, reviewedGroup, type Org } from '../../factories/evaluation.js';
import { createTestApp, type Listening, type TestApp } from '../../support/test-app.js';
import { waitFor } from '../../support/wait.js';

/**
 * Two instances of the app on one database, as behind a load balancer: live updates cross from one to the
 * other through PostgreSQL's LISTEN/NOTIFY, a login made on one holds on the other, and the quota (R15) holds
 * with a group's approvals split across both.
 */
describe('two instances on one database', () => {
  let t: TestApp;
  let org: Org;
  let one: Listening;
  let other: Listening;
  let periodId: string;
  const clients: Client[] = [];

  const gqlOn = async (instance: Listening, query: string, variables: Record<string, unknown>, token: string) =>
    (await request(instance.url).post('/graphql').set('authorization', `Bearer ${token}`).send({ query, variables }))
      .body;

  function subscribe(instance: Listening, token: string | null, query: string, variables: Record<string, unknown>) {
    const received: any[] = [];
    const errors: unknown[] = [];
    const client = createClient({
      url: `${instance.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      retryAttempts: 0,
      lazy: false,
      onNonLazyError: (error) => errors.push(error),
      on: { closed: (event) => errors.push(event) },
    });
    clients.push(client);
    client.subscribe(
      { query, variables },
      { next: (value) => received.push(value), error: (error) => errors.push(error), complete: () => undefined },
    );
    return { received, errors };
  }

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-12-01T09:00:00+07:00') });
    org = await rankedCity(t);
    periodId = (await t.gql(OPEN, { input: { kind: 'YEAR', year: 2026 } }, org.tokens.noivu)).data?.openEvaluationPeriod
      .id;
    one = await t.listen();
    other = await (await t.twin()).listen();
  });
  afterAll(async () => {
    for (const client of clients) await client.dispose();
    await t.close();
  });

  it('a change made through one instance reaches a subscriber on the other', async () => {
    const listening = other.live.listening;
    const { received } = subscribe(
      other,
      org.tokens.xem,
      `subscription($u: ID!, $p: ID!) { dashboardChanged(unitId: $u, periodId: $p) { unit { name } overdueFeedback } }`,
      {
        u: org.district.id,
        p: periodId,
      },
    );
    await waitFor('the subscription on the second instance', () => other.live.listening > listening);
    const receive = `mutation($input: ReceiveFeedbackInput!) { receiveFeedback(input: $input) { id } }`;
    const input = {
      reference: 'LIVE-1',
      channel: 'WEB',
      category: 'Hạ tầng đô thị',
      content: 'Đèn đường hỏng',
      receivedAt: '2026-11-02T09:00:00+07:00',
      unitId: org.wards[0].id,
    };
    expect((await gqlOn(one, receive, { input }, org.tokens.noivu)).errors).toBeUndefined();
    await waitFor('the dashboard pushed by the second instance', () => received.length > 0);
    expect(received[0].data.dashboardChanged).toEqual({ unit: { name: 'Quận Bình Tân' }, overdueFeedback: 1 });
  });

  it('sends a rater the evaluations they may see, and refuses a connection without a valid token', async () => {
    const [excellent] = await reviewedGroup(t, periodId, org.wards[0], org.people.bhha, ['EXCELLENT']);
    const listening = other.live.listening;
    const rater = subscribe(
      other,
      org.tokens.bhha,
      `subscription($p: ID) { evaluationChanged(periodId: $p) { id status } }`,
      { p: periodId },
    );
    const stranger = subscribe(
      other,
      org.tokens.ward2,
      `subscription($p: ID) { evaluationChanged(periodId: $p) { id status } }`,
      { p: periodId },
    );
    const anonymous = subscribe(other, 'not-a-token', `subscription { evaluationChanged { id } }`, {});
    await waitFor('both subscriptions', () => other.live.listening >= listening + 2);
    await t.db.query(`UPDATE evaluation SET status = 'APPROVED' WHERE id = $1`, [excellent]);
    await waitFor('the rater’s update', () => rater.received.length > 0);
    expect(rater.received[0].data.evaluationChanged).toEqual({ id: excellent, status: 'APPROVED' });
    await waitFor('the refused connection', () => anonymous.errors.length > 0);
    expect(anonymous.received).toEqual([]);
    // the other ward's head heard the same notification and was sent nothing: a later change reaches them first
    const [theirs] = await reviewedGroup(t, periodId, org.wards[1], org.people.ward2, ['GOOD']);
    await t.db.query(`UPDATE evaluation SET status = 'APPROVED' WHERE id = $1`, [theirs]);
    await waitFor('the other head’s update', () => stranger.received.length > 0);
    expect(stranger.received.map((message: any) => message.data.evaluationChanged.id)).toEqual([theirs]);
  });

  it('a login made on one instance works on the other', async () => {
    const login = await request(one.url)
      .post('/graphql')
      .send({ query: `mutation { login(username: "noivu", password: "mat-khau-thu-nghiem") { token } }` });
    const me = await gqlOn(other, `{ me { username } }`, {}, login.body.data.login.token);
    expect(me.data.me).toEqual({ username: 'noivu' });
  });

  it('the quota holds with a group’s approvals split across both instances', async () => {
    const APPROVE = `mutation($id: ID!) { approveEvaluation(id: $id, version: 3) { status } }`;
    const approveAll = (ids: string[]) =>
      Promise.all(ids.map((id, index) => gqlOn(index % 2 === 0 ? one : other, APPROVE, { id }, org.tokens.ward3)));
    // two EXCELLENT over five GOOD breaks floor(20% × 5) = 1: every approval in the group refused, on both instances
    const breaking = await reviewedGroup(t, periodId, org.wards[2], org.people.ward3, [
      'EXCELLENT',
      'EXCELLENT',
      'GOOD',
      'GOOD',
      'GOOD',
      'GOOD',
      'GOOD',
    ]);
    const refused = await approveAll(breaking);
    expect(refused.map((answer: any) => answer.errors?.[0].extensions.code)).toEqual(
      breaking.map(() => 'QUOTA_EXCEEDED'),
    );
    const [{ approved }] = await t.db.query(
      `SELECT count(*)::int AS approved FROM evaluation WHERE id = ANY($1::uuid[]) AND status = 'APPROVED'`,
      [breaking],
    );
    expect(approved).toBe(0);
  });
});
