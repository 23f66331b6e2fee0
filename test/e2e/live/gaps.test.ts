import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { OPEN, rankedCity, reviewedGroup, type Org } from '../../factories/evaluation.js';
import { createTestApp, type Listening, type TestApp } from '../../support/test-app.js';
import { waitFor } from '../../support/wait.js';

interface Received {
  values: Array<{ data?: Record<string, any> | null }>;
  errors: Array<{ extensions?: { code?: string } }>;
}

/**
 * What no trigger announces, or announced too little of: a 1022 item falling overdue (the clock moves, nothing is
 * written), a change of more than 100 evaluations in one statement; and subscriptions held to the bounds of
 * queries (depth, cost).
 */
describe('live updates: the gaps', () => {
  let t: TestApp;
  let org: Org;
  let server: Listening;
  let periodId: string;
  const clients: Client[] = [];

  function subscribe(token: string, query: string, variables: Record<string, unknown>): Received {
    const received: Received = { values: [], errors: [] };
    const client = createClient({
      url: `${server.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
    clients.push(client);
    client.subscribe(
      { query, variables },
      {
        next: (value) => received.values.push(value),
        error: (error) => received.errors.push(...(Array.isArray(error) ? error : [error])),
        complete: () => undefined,
      },
    );
    return received;
  }

  beforeAll(async () => {
    // the app looks at its clock every 50 ms for items fallen overdue: the test moves the clock, never waits for it
    // the evening: an item due at the end of the day falls due within the eight hours of the logins' tokens
    t = await createTestApp({ now: new Date('2026-12-01T20:00:00+07:00'), deadlineCheckMs: 50 });
    org = await rankedCity(t);
    periodId = (await t.gql(OPEN, { input: { kind: 'YEAR', year: 2026 } }, org.tokens.noivu)).data?.openEvaluationPeriod
      .id;
    server = await t.listen();
  });
  afterAll(async () => {
    for (const client of clients) await client.dispose();
    await t.close();
  });

  it('a 1022 item falling overdue, with nothing written, pushes the dashboard', async () => {
    const receive = `mutation($input: ReceiveFeedbackInput!) { receiveFeedback(input: $input) { id } }`;
    const input = {
      reference: 'LIVE-OVERDUE',
      channel: 'WEB',
      category: 'Hạ tầng đô thị',
      content: 'Cống thoát nước bị nghẹt',
      // due at the end of today, five working days on
      receivedAt: '2026-11-24T10:00:00+07:00',
      unitId: org.wards[0].id,
    };
    const itemId = (await t.gql(receive, { input }, org.tokens.noivu)).data?.receiveFeedback.id;
    const [{ due_at: dueAt }] = await t.db.query(`SELECT due_at FROM feedback_cycle WHERE item_id = $1`, [itemId]);
    const listening = server.live.listening;
    const dashboards = subscribe(
      org.tokens.xem,
      `subscription($u: ID!, $p: ID!) { dashboardChanged(unitId: $u, periodId: $p) { unit { name } } }`,
      { u: org.district.id, p: periodId },
    );
    await waitFor('the subscription', () => server.live.listening > listening);

    t.clock.now = new Date((dueAt as Date).getTime() + 60_000);
    await waitFor('the dashboard pushed when the item fell overdue', () => dashboards.values.length > 0);
    expect(dashboards.values[0].data?.dashboardChanged).toEqual({ unit: { name: 'Quận Bình Tân' } });
  });

  it('a change of more than 100 evaluations in one statement reaches the rater, every one of them', async () => {
    const ids = await reviewedGroup(t, periodId, org.wards[1], org.people.ward2, Array(120).fill('GOOD'));
    const listening = server.live.listening;
    const rater = subscribe(
      org.tokens.ward2,
      `subscription($p: ID) { evaluationChanged(periodId: $p) { id status } }`,
      {
        p: periodId,
      },
    );
    await waitFor('the subscription', () => server.live.listening > listening);

    await t.db.query(`UPDATE evaluation SET status = 'APPROVED' WHERE id = ANY($1::uuid[])`, [ids]);
    await waitFor('all 120 evaluations', () => rater.values.length >= 120);
    const changed = rater.values.map((value) => value.data?.evaluationChanged);
    expect(changed.map((evaluation) => evaluation.id).sort()).toEqual([...ids].sort());
    expect(new Set(changed.map((evaluation) => evaluation.status))).toEqual(new Set(['APPROVED']));
  });

  it('only subscriptions are served over the socket: a query or a mutation there is refused, not run', async () => {
    const query = subscribe(org.tokens.xem, `query { me { username } }`, {});
    const mutation = subscribe(org.tokens.noivu, `mutation { logout }`, {});
    await waitFor('both refusals', () => query.errors.length > 0 && mutation.errors.length > 0);
    expect(query.errors[0].extensions?.code).toBe('BAD_REQUEST');
    expect(mutation.errors[0].extensions?.code).toBe('BAD_REQUEST');
    expect(query.values).toEqual([]);
  });

  it('a subscription too deep or too costly is refused with the codes queries get, before it runs', async () => {
    const listening = server.live.listening;
    const deep = subscribe(
      org.tokens.xem,
      `subscription($u: ID!, $p: ID!) { dashboardChanged(unitId: $u, periodId: $p) {
         unit { parent { parent { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } } }`,
      { u: org.district.id, p: periodId },
    );
    const costly = subscribe(
      org.tokens.xem,
      `subscription { evaluationChanged { unit { children { children { children { children { children { name } } } } } } } }`,
      {},
    );
    await waitFor('both refusals', () => deep.errors.length > 0 && costly.errors.length > 0);
    expect(deep.errors[0].extensions?.code).toBe('QUERY_TOO_DEEP');
    expect(costly.errors[0].extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(server.live.listening).toBe(listening);
  });
});
