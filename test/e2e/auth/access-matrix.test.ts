import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { createClient } from 'graphql-ws';
import JSZip from 'jszip';
import { randomUUID } from 'node:crypto';
import type TestAgent from 'supertest/lib/agent.js';
import WebSocket from 'ws';
import { adminResources } from '../../../admin/admin.js';
import { buildAppSchema } from '../../../src/schema.js';
import { accessCity, SECRETS, WHO, type AccessRows, type Who } from '../../factories/access-city.js';
import { adminAgent } from '../../support/admin.js';
import { createTestApp, type GqlResult, type TestApp } from '../../support/test-app.js';
import { waitFor } from '../../support/wait.js';

/**
 * The access matrix: every caller × every panel resource and action (over the panel's JSON API) and every
 * GraphQL root field (subscriptions over graphql-ws), asserting allowed or refused, which rows are seen (own:
 * ward W1, foreign: ward W2), and that no answer anywhere carries a password hash, a contact or a sealed vote
 * the caller may not see. The expectations are written here by hand, from the spec; a resource or root field
 * without a row fails the test.
 */

const ALL: readonly Who[] = WHO;
const NOBODY: readonly Who[] = [];
const OFFICE: readonly Who[] = ['admin', 'noivu'];
const CITY: readonly Who[] = ['admin', 'noivu', 'chutich'];
const INSPECTION_STAFF: readonly Who[] = ['admin', 'noivu', 'kiemtra'];
const BOARD: readonly Who[] = ['chair', 'member'];
/** Who sees the rows of ward W1: the city, the district's head, the ward's head and its staff. */
const W1: readonly Who[] = [...CITY, 'quan', 'phuong', 'canbo'];
/** Who sees the rows of ward W2: the city and the district's head (W2's former head left office today). */
const W2: readonly Who[] = [...CITY, 'quan'];

interface PanelRow {
  /** May open the list (and search). */
  list: readonly Who[];
  /** Who sees the own row (W1) and the foreign row (W2); defaults to `list`. */
  own?: readonly Who[];
  foreign?: readonly Who[];
  new: readonly Who[];
  /** Record actions offered on the own row to those who see it. */
  record: Record<string, readonly Who[]>;
}

const reference = (editors: readonly Who[], deletable = false): PanelRow => ({
  list: ALL,
  new: editors,
  record: { show: ALL, edit: editors, delete: deletable ? editors : NOBODY },
});
const officeRecords = (editable = true): PanelRow => ({
  list: CITY,
  new: OFFICE,
  record: { show: CITY, edit: editable ? OFFICE : NOBODY, delete: OFFICE },
});

const PANEL: Record<string, PanelRow> = {
  // a unit's summary lists: offered to everyone, each list holding the results the caller may see (R32)
  Unit: { ...reference(OFFICE), record: { ...reference(OFFICE).record, printSummary: ALL } },
  UnitLink: reference(NOBODY),
  Reorganisation: reference(OFFICE),
  // plans: the office runs them, the city reads them; a draft is previewed, applied, scheduled or withdrawn
  ReorganisationPlan: {
    list: CITY,
    new: OFFICE,
    record: {
      show: CITY,
      preview: OFFICE,
      apply: OFFICE,
      schedule: OFFICE,
      withdraw: OFFICE,
      edit: NOBODY,
      delete: NOBODY,
    },
  },
  PlanStep: { list: CITY, new: OFFICE, record: { show: CITY, edit: NOBODY, delete: NOBODY } },
  UnitLineage: reference(NOBODY),
  Person: { list: ALL, own: W1, foreign: W2, new: OFFICE, record: { show: W1, edit: OFFICE, delete: OFFICE } },
  Appointment: { list: ALL, own: W1, foreign: W2, new: OFFICE, record: { show: W1, edit: OFFICE, delete: NOBODY } },
  Absence: { list: ALL, own: W1, foreign: W2, new: OFFICE, record: { show: W1, edit: OFFICE, delete: OFFICE } },
  EvaluationPeriod: { list: ALL, new: OFFICE, record: { show: ALL, close: OFFICE, edit: NOBODY, delete: NOBODY } },
  // R32: the person, the rater (phuong), the rater's superiors (quan) and the city; a viewer without a person has no list
  Evaluation: {
    list: ALL.filter((who) => who !== 'kiemtra' && who !== 'xem'),
    own: W1,
    foreign: W2,
    new: NOBODY,
    // the own evaluation is a DRAFT: its person self-assesses; nobody rates or approves it yet
    record: { show: W1, edit: ['canbo'], approve: NOBODY, delete: NOBODY, printForm: W1 },
  },
  QuotaException: officeRecords(false),
  UnitTarget: officeRecords(),
  SatisfactionResult: officeRecords(),
  IncomeCoefficient: officeRecords(),
  PersonPay: officeRecords(),
  Payout: { list: CITY, new: NOBODY, record: { show: CITY, edit: NOBODY, delete: NOBODY } },
  Setting: { list: OFFICE, new: NOBODY, record: { show: OFFICE, edit: OFFICE, delete: NOBODY } },
  // "Xử lý" (edit) by the assigned unit's staff and the portal's office
  FeedbackItem: {
    list: ALL,
    own: W1,
    foreign: W2,
    new: NOBODY,
    record: { show: W1, attachments: W1, edit: [...OFFICE, 'phuong', 'canbo'], delete: NOBODY },
  },
  FeedbackAssignment: {
    list: ALL,
    own: W1,
    foreign: W2,
    new: NOBODY,
    record: { show: W1, edit: NOBODY, delete: NOBODY },
  },
  Inspection: {
    list: ALL,
    own: [...W1, 'kiemtra'],
    foreign: [...W2, 'kiemtra'],
    new: NOBODY,
    record: { show: [...W1, 'kiemtra'], attachments: [...W1, 'kiemtra'], edit: NOBODY, delete: NOBODY },
  },
  // the own finding was reported: inspectors verify or reject it
  Finding: {
    list: ALL,
    own: [...W1, 'kiemtra'],
    foreign: [...W2, 'kiemtra'],
    new: NOBODY,
    record: {
      show: [...W1, 'kiemtra'],
      attachments: [...W1, 'kiemtra'],
      verify: INSPECTION_STAFF,
      reject: INSPECTION_STAFF,
      edit: NOBODY,
      delete: NOBODY,
    },
  },
  // a review of a head: that head, the heads above, inspectors and the city — not the unit's staff
  ResponsibilityReview: {
    list: ALL,
    own: [...CITY, 'kiemtra', 'quan', 'phuong'],
    foreign: [...CITY, 'kiemtra', 'quan', 'cuu'],
    new: NOBODY,
    record: { show: [...CITY, 'kiemtra', 'quan', 'phuong'], edit: OFFICE, delete: NOBODY },
  },
  DisciplineCase: {
    list: OFFICE,
    new: OFFICE,
    record: { show: OFFICE, attachments: OFFICE, edit: OFFICE, delete: NOBODY },
  },
  DisciplineDeferral: { list: OFFICE, new: OFFICE, record: { show: OFFICE, edit: OFFICE, delete: OFFICE } },
  ForcingEvent: { list: OFFICE, new: OFFICE, record: { show: OFFICE, edit: OFFICE, delete: OFFICE } },
  // under review: the board records the result; nobody decides yet
  // (no minutes before a result is recorded)
  Initiative: {
    list: ALL,
    new: NOBODY,
    record: {
      show: ALL,
      attachments: ALL,
      recordResult: BOARD,
      approve: NOBODY,
      reject: NOBODY,
      edit: NOBODY,
      delete: NOBODY,
      printMinutes: NOBODY,
    },
  },
  // R27: the member who voted sees the round's votes; nobody else until the result is recorded
  InitiativeVote: {
    list: ALL,
    own: ['member'],
    new: BOARD,
    record: { show: ['member'], edit: NOBODY, delete: NOBODY },
  },
  BoardMember: { list: ALL, new: OFFICE, record: { show: ALL, edit: OFFICE, delete: OFFICE } },
  User: { list: ['admin'], new: ['admin'], record: { show: ['admin'], edit: ['admin'], delete: ['admin'] } },
  CalendarDay: { list: ALL, new: OFFICE, record: { show: ALL, edit: OFFICE, delete: OFFICE } },
  // the trail: Home Affairs only, read-only; a vote's content stays sealed in it
  AuditEntry: { list: ['noivu'], new: NOBODY, record: { show: ['noivu'], edit: NOBODY, delete: NOBODY } },
};

const SIGNED_IN = 'signed in' as const;
type Audience = readonly Who[] | typeof SIGNED_IN;

/** Who passes the gate of each root field (object-level checks answer NOT_FOUND beyond it, tested below). */
const GRAPHQL: Record<string, Audience> = {
  'Query.me': SIGNED_IN,
  'Query.node': SIGNED_IN,
  'Query.enumLabels': SIGNED_IN,
  'Query.unit': SIGNED_IN,
  'Query.units': SIGNED_IN,
  'Query.person': SIGNED_IN,
  'Query.people': SIGNED_IN,
  'Query.evaluationPeriods': SIGNED_IN,
  'Query.evaluation': SIGNED_IN,
  'Query.evaluations': SIGNED_IN,
  'Query.levelCounts': SIGNED_IN,
  'Query.headInputs': SIGNED_IN,
  'Query.feedbackItems': SIGNED_IN,
  'Query.feedbackStats': SIGNED_IN,
  'Query.feedbackRanking': SIGNED_IN,
  'Query.inspections': SIGNED_IN,
  'Query.initiatives': SIGNED_IN,
  'Query.initiativeCounts': SIGNED_IN,
  'Query.protectedCadres': SIGNED_IN,
  'Query.dashboard': SIGNED_IN,
  'Query.unitRanking': SIGNED_IN,
  'Query.evaluationAggregates': SIGNED_IN,
  'Query.feedbackAggregates': SIGNED_IN,
  'Query.auditTrail': ['noivu'],
  // an inbox is its owner's: everyone has one, and sees only their own (tested in test/e2e/notification/)
  'Query.notifications': SIGNED_IN,
  'Query.notificationSettings': SIGNED_IN,
  'Mutation.markRead': SIGNED_IN,
  'Mutation.updateNotificationSettings': SIGNED_IN,
  // downloads: the link is refused (NOT_FOUND) as the record is; payouts for those who see every result
  'Query.evaluationForm': SIGNED_IN,
  'Query.evaluationSummaryForm': SIGNED_IN,
  'Query.initiativeMinutesForm': SIGNED_IN,
  'Query.evaluationsExport': SIGNED_IN,
  'Query.peopleExport': SIGNED_IN,
  'Query.payoutsExport': CITY,
  'Mutation.logout': SIGNED_IN,
  'Mutation.createUnit': OFFICE,
  'Mutation.updateUnit': OFFICE,
  'Mutation.moveUnit': OFFICE,
  'Mutation.mergeUnits': OFFICE,
  'Mutation.appoint': OFFICE,
  'Mutation.endAppointment': OFFICE,
  'Mutation.openEvaluationPeriod': OFFICE,
  'Mutation.closeEvaluationPeriod': OFFICE,
  'Mutation.selfAssess': SIGNED_IN,
  'Mutation.rateEvaluation': SIGNED_IN,
  'Mutation.returnEvaluation': SIGNED_IN,
  'Mutation.approveEvaluation': SIGNED_IN,
  'Mutation.approveEvaluations': SIGNED_IN,
  'Mutation.reopenEvaluation': ['noivu'],
  'Mutation.notifyEvaluations': SIGNED_IN,
  'Mutation.notifyPeriod': OFFICE,
  'Query.reorganisationPlans': OFFICE,
  'Query.reorganisationPlan': OFFICE,
  'Mutation.createReorganisationPlan': OFFICE,
  'Mutation.importReorganisationPlan': OFFICE,
  'Mutation.previewReorganisationPlan': OFFICE,
  'Mutation.applyReorganisationPlan': OFFICE,
  'Mutation.scheduleReorganisationPlan': OFFICE,
  'Mutation.withdrawReorganisationPlan': OFFICE,
  'Mutation.appealEvaluation': SIGNED_IN,
  'Mutation.decideAppeal': SIGNED_IN,
  'Mutation.receiveFeedback': OFFICE,
  'Mutation.assignFeedback': SIGNED_IN,
  'Mutation.addFeedbackProgress': SIGNED_IN,
  'Mutation.replyFeedback': SIGNED_IN,
  'Mutation.rejectFeedback': SIGNED_IN,
  'Mutation.closeFeedback': OFFICE,
  'Mutation.reopenFeedback': OFFICE,
  'Mutation.scheduleInspection': INSPECTION_STAFF,
  'Mutation.startInspection': INSPECTION_STAFF,
  'Mutation.concludeInspection': INSPECTION_STAFF,
  'Mutation.reportRemediation': SIGNED_IN,
  'Mutation.verifyRemediation': INSPECTION_STAFF,
  'Mutation.recordForcingEvent': OFFICE,
  'Mutation.registerInitiative': SIGNED_IN,
  'Mutation.updateInitiative': SIGNED_IN,
  'Mutation.submitInitiative': SIGNED_IN,
  'Mutation.voteInitiative': BOARD,
  'Mutation.recordInitiativeResult': BOARD,
  'Mutation.returnInitiative': BOARD,
  'Mutation.decideInitiative': ['chutich'],
  'Mutation.startInitiative': SIGNED_IN,
  'Mutation.reportInitiativeResult': SIGNED_IN,
  'Mutation.evaluateInitiativeResult': [...BOARD, 'noivu'],
  'Query.peopleImportTemplate': OFFICE,
  'Mutation.previewPeopleImport': OFFICE,
  'Mutation.applyPeopleImport': OFFICE,
  // a record's files: the record's own policy decides beyond the gate (NOT_FOUND, FORBIDDEN), tested in files/attachments.test.ts
  'Query.attachments': SIGNED_IN,
  'Query.attachmentContent': SIGNED_IN,
  'Mutation.attachFile': SIGNED_IN,
  // over graphql-ws: a connection needs a valid token; each subscription reads what the query of its name reads
  'Subscription.dashboardChanged': SIGNED_IN,
  'Subscription.evaluationChanged': SIGNED_IN,
};
/** Fields the generic sweep leaves out, each tested on its own: login (public, throttled) and logout (ends the token). */
const SWEPT_ELSEWHERE = new Set(['Mutation.login', 'Mutation.logout']);

/** What each caller may read of the secrets in the fixture. */
const MAY_READ = {
  ownPhone: ['noivu', 'phuong', 'canbo'] as readonly Who[],
  foreignPhone: ['noivu'] as readonly Who[],
  sealedComment: ['member'] as readonly Who[],
};

/** AdminJS refuses with HTTP 200 and a notice (and an empty `records`): the body tells. */
function refused(body: { notice?: { message?: string } }): boolean {
  return body.notice?.message === 'forbiddenError';
}

function leaks(who: Who, body: string): string[] {
  const found: string[] = [];
  if (body.includes('$argon2')) found.push('password hash');
  for (const key of ['ownPhone', 'foreignPhone', 'sealedComment'] as const) {
    if (body.includes(SECRETS[key]) && !MAY_READ[key].includes(who)) found.push(key);
  }
  return found;
}

describe('the access matrix: every caller × every door', () => {
  let t: TestApp;
  let rows: AccessRows;
  let ids: Record<string, string>;
  const agents = {} as Record<Who, TestAgent>;
  const tokens = {} as Record<Who, string>;
  const leaked: string[] = [];
  const check = (who: Who, where: string, body: unknown) => {
    for (const secret of leaks(who, JSON.stringify(body))) leaked.push(`${who} ${where}: ${secret}`);
  };

  beforeAll(async () => {
    t = await createTestApp();
    ({ rows, ids } = await accessCity(t));
    for (const who of WHO) {
      agents[who] = await adminAgent(t, who);
      tokens[who] = await t.login(who);
    }
  });
  afterAll(() => t.close());

  it('has a row for every registered panel resource and a policy behind each', () => {
    const registered = adminResources({ services: t.services, db: t.db, clock: () => t.clock.now }).map(
      ({ resource }) => (resource as { name: string }).name,
    );
    expect(registered.filter((name) => !PANEL[name])).toEqual([]);
    expect(Object.keys(PANEL).filter((name) => !registered.includes(name))).toEqual([]);
    expect(Object.keys(rows).sort()).toEqual([...registered].sort());
  });

  it('the panel: lists, searches, rows seen, forms and record actions, as the table says', async () => {
    const mismatches: string[] = [];
    const expectSame = (what: string, actual: boolean, expected: boolean) => {
      if (actual !== expected) mismatches.push(`${what}: expected ${expected ? 'allowed' : 'refused'}`);
    };
    for (const [resource, row] of Object.entries(PANEL)) {
      const base = `/admin/api/resources/${resource}`;
      for (const who of WHO) {
        const agent = agents[who];
        const list = await agent.get(`${base}/actions/list?perPage=500`);
        check(who, `${resource} list`, list.body);
        const listed = !refused(list.body);
        expectSame(`${who} ${resource} list`, listed, row.list.includes(who));
        const search = await agent.get(`${base}/actions/search/`);
        check(who, `${resource} search`, search.body);
        expectSame(`${who} ${resource} search`, !refused(search.body), row.list.includes(who));
        // AdminJS answers a GET of `new` with an error once past the access check: only a refusal says forbiddenError
        const form = await agent.get(`${base}/actions/new`);
        expectSame(`${who} ${resource} new`, !refused(form.body), row.new.includes(who));

        const listedIds: string[] = listed ? list.body.records.map((record: { id: string }) => String(record.id)) : [];
        for (const side of ['own', 'foreign'] as const) {
          const id = rows[resource]?.[side];
          if (!id) continue;
          const seers = (side === 'own' ? row.own : row.foreign) ?? row.record.show;
          const show = await agent.get(`${base}/records/${encodeURIComponent(id)}/show`);
          check(who, `${resource} show ${side}`, show.body);
          const seen = !refused(show.body) && String(show.body.record?.id ?? '') === id;
          expectSame(`${who} ${resource} show ${side}`, seen, seers.includes(who));
          if (listed) expectSame(`${who} ${resource} list has ${side}`, listedIds.includes(id), seers.includes(who));
          if (side === 'own' && seen) {
            const offered: string[] = show.body.record.recordActions.map((action: { name: string }) => action.name);
            for (const [action, allowed] of Object.entries(row.record)) {
              expectSame(`${who} ${resource} ${action} on own`, offered.includes(action), allowed.includes(who));
            }
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(leaked).toEqual([]);
  });

  it('the panel: every list exports to Excel for exactly those who may list it, with nothing the list may not show', async () => {
    const mismatches: string[] = [];
    for (const [resource, row] of Object.entries(PANEL)) {
      for (const who of WHO) {
        const answer = await agents[who]
          .get(`/admin/exports/resources/${resource}.xlsx`)
          .buffer(true)
          .parse((res, done) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () => done(null, Buffer.concat(chunks)));
          });
        const allowed = row.list.includes(who);
        if ((answer.status === 200) !== allowed)
          mismatches.push(`${who} ${resource} export: ${answer.status}, expected ${allowed ? 'allowed' : 'refused'}`);
        if (answer.status === 200) check(who, `${resource} export`, await xlsxText(answer.body));
      }
    }
    expect(mismatches).toEqual([]);
    expect(leaked).toEqual([]);
  });

  it('a refused write through the panel JSON API changes nothing', async () => {
    const before = await t.db.query(`SELECT count(*)::int AS n FROM absence`);
    const refused = await agents.canbo.post(`/admin/api/resources/Absence/records/${rows.Absence.own}/delete`);
    expect(refused.body.notice?.type).toBe('error');
    const created = await agents.quan
      .post('/admin/api/resources/Unit/actions/new')
      .type('form')
      .send({ code: 'LAU', name: 'Đơn vị lậu', kind: 'WARD', 'validity.validFrom': '2026-01-01' });
    expect(created.body.notice?.type).toBe('error');
    expect(await t.db.query(`SELECT count(*)::int AS n FROM absence`)).toEqual(before);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM unit WHERE code = 'LAU'`)).toEqual([{ n: 0 }]);
  });

  it('GraphQL: the rows each caller sees, and no secret it may not read', async () => {
    const mismatches: string[] = [];
    const expectSame = (what: string, actual: boolean, expected: boolean) => {
      if (actual !== expected) mismatches.push(`${what}: expected ${expected ? 'seen' : 'not seen'}`);
    };
    const lists: Array<{
      name: string;
      query: string;
      own: string;
      foreign?: string;
      own_: readonly Who[];
      foreign_?: readonly Who[];
    }> = [
      {
        name: 'feedbackItems',
        query: '{ feedbackItems(first: 500) { nodes { id contactName contactPhone contactEmail } } }',
        own: rows.FeedbackItem.own as string,
        foreign: rows.FeedbackItem.foreign,
        own_: W1,
        foreign_: W2,
      },
      {
        name: 'people',
        query: '{ people(first: 500) { nodes { id } } }',
        own: rows.Person.own as string,
        foreign: rows.Person.foreign,
        own_: W1,
        foreign_: W2,
      },
      {
        name: 'evaluations',
        query: '{ evaluations(first: 500) { nodes { id score level comment } } }',
        own: rows.Evaluation.own as string,
        foreign: rows.Evaluation.foreign,
        own_: W1,
        foreign_: W2,
      },
      {
        name: 'inspections',
        query: '{ inspections(first: 500) { nodes { id findings { id } } } }',
        own: rows.Inspection.own as string,
        foreign: rows.Inspection.foreign,
        own_: [...W1, 'kiemtra'],
        foreign_: [...W2, 'kiemtra'],
      },
      {
        name: 'initiatives',
        query:
          '{ initiatives(first: 500) { nodes { id votesFor votesAgainst averageScore progress { voted eligible } } } }',
        own: rows.Initiative.own as string,
        own_: ALL,
      },
    ];
    for (const who of WHO) {
      for (const list of lists) {
        const answer = await t.gql(list.query, {}, tokens[who]);
        check(who, list.name, answer);
        const ids: string[] = (answer.data?.[list.name]?.nodes ?? []).map((node: { id: string }) => node.id);
        expectSame(`${who} ${list.name} own`, ids.includes(list.own), list.own_.includes(who));
        if (list.foreign && list.foreign_)
          expectSame(`${who} ${list.name} foreign`, ids.includes(list.foreign), list.foreign_.includes(who));
      }
      for (const [side, seers] of [
        ['own', W1],
        ['foreign', W2],
      ] as const) {
        const one = await t.gql(
          `query($id: ID!) { evaluation(id: $id) { id comment } }`,
          { id: rows.Evaluation[side] },
          tokens[who],
        );
        check(who, `evaluation ${side}`, one);
        expectSame(
          `${who} evaluation(id) ${side}`,
          one.data?.evaluation?.id === rows.Evaluation[side],
          seers.includes(who),
        );
        if (!seers.includes(who)) expect(one.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
        const person = await t.gql(
          `query($id: ID!) { person(id: $id) { id } }`,
          { id: rows.Person[side] },
          tokens[who],
        );
        expectSame(`${who} person(id) ${side}`, person.data?.person?.id === rows.Person[side], seers.includes(who));
      }
      // the org chart shows who heads a unit to everybody; their record only to those who may see them
      const head = await t.gql(
        `query($id: ID) { unit(id: $id) { head { fullName appointments { id } rater { warnings } } } }`,
        { id: ids.w1 },
        tokens[who],
      );
      check(who, 'unit.head', head);
      expect(head.data?.unit.head.fullName).toBe('Chủ Tịch Phường Một');
      expectSame(
        `${who} unit.head.appointments`,
        (head.data?.unit.head.appointments ?? []).length > 0,
        W1.includes(who),
      );
      expectSame(`${who} unit.head.rater`, head.data?.unit.head.rater !== null, W1.includes(who));
      // the trail says a vote was cast, never what it says, and holds no password hash
      check(
        who,
        'auditTrail',
        await t.gql(`{ auditTrail(table: "initiative_vote", first: 500) { nodes { before after } } }`, {}, tokens[who]),
      );
      check(
        who,
        'auditTrail users',
        await t.gql(`{ auditTrail(table: "app_user", first: 500) { nodes { before after } } }`, {}, tokens[who]),
      );
      const votes = await t.gql(`{ initiatives(first: 500) { nodes { id votesFor averageScore } } }`, {}, tokens[who]);
      const own = votes.data?.initiatives.nodes.find((node: { id: string }) => node.id === rows.Initiative.own);
      expectSame(`${who} sealed vote count`, own?.votesFor !== null && own?.votesFor !== undefined, who === 'member');
    }
    expect(mismatches).toEqual([]);
    expect(leaked).toEqual([]);
  });

  it('GraphQL: every root field has a row, and its gate lets in exactly that audience', async () => {
    const schema = await buildAppSchema();
    const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
      type
        ? Object.values(type.getFields()).map((field) => ({
            name: `${type.name}.${field.name}`,
            field,
            operation: type.name.toLowerCase(),
          }))
        : [],
    );
    const server = await t.listen();
    const idle = server.live.listening;
    /** A subscription's answer over graphql-ws: the first error's code, or none once it listens. */
    const subscribeOnce = async (
      document: string,
      variables: Record<string, unknown>,
      token: string | null,
    ): Promise<GqlResult> => {
      // the previous client's listener leaves when its socket closes, after dispose: one leaving while the next joins
      // would leave the count unchanged
      await waitFor('the previous subscription to end', () => server.live.listening === idle);
      let outcome: GqlResult | null = null;
      const refused = (code: string) => (outcome ??= { errors: [{ message: code, extensions: { code } }] });
      const client = createClient({
        url: `${server.url.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        retryAttempts: 0,
        // a connection refused for its token is closed (4403) before the subscription is sent: no sink hears it
        on: { closed: () => refused('UNAUTHENTICATED') },
      });
      client.subscribe(
        { query: document, variables },
        {
          next: (value) => (outcome ??= value as GqlResult),
          // a connection refused for its token is closed (4403) before any subscription
          error: (error) =>
            Array.isArray(error) ? (outcome ??= { errors: error as GqlResult['errors'] }) : refused('UNAUTHENTICATED'),
          complete: () => undefined,
        },
      );
      await waitFor('the subscription’s answer', () => outcome !== null || server.live.listening > idle);
      const answer: GqlResult = outcome ?? {}; // before dispose, whose close is not a refusal
      await client.dispose();
      return answer;
    };
    expect(roots.filter(({ name }) => !GRAPHQL[name] && !SWEPT_ELSEWHERE.has(name)).map(({ name }) => name)).toEqual(
      [],
    );
    expect(Object.keys(GRAPHQL).filter((name) => !roots.some((root) => root.name === name))).toEqual([]);

    const mismatches: string[] = [];
    for (const { name, field, operation } of roots.filter((root) => !SWEPT_ELSEWHERE.has(root.name))) {
      const { document, variables } = call(operation, field);
      const ask = (token: string | null) =>
        operation === 'subscription' ? subscribeOnce(document, variables, token) : t.gql(document, variables, token);
      const anonymous = await ask(null);
      if (anonymous.errors?.[0]?.extensions.code !== 'UNAUTHENTICATED')
        mismatches.push(`anonymous ${name}: ${JSON.stringify(anonymous.errors?.[0]?.extensions.code)}`);
      const audience = GRAPHQL[name];
      for (const who of WHO) {
        const answer = await ask(tokens[who]);
        check(who, name, answer);
        const code = answer.errors?.[0]?.extensions.code;
        const allowed = audience === SIGNED_IN || audience.includes(who);
        const passed = code !== 'FORBIDDEN' && code !== 'UNAUTHENTICATED';
        if (passed !== allowed)
          mismatches.push(`${who} ${name}: ${code ?? 'ok'}, expected ${allowed ? 'allowed' : 'refused'}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(leaked).toEqual([]);
  });
});

/** Every string of a workbook (its shared strings and inline cells), to look for what must not leak. */
async function xlsxText(body: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(body);
  const parts = await Promise.all(
    Object.keys(zip.files)
      .filter((name) => name.endsWith('.xml'))
      .map((name) => zip.file(name)?.async('string') ?? ''),
  );
  return parts.join('\n');
}

/** A document calling one root field with made-up values for its required arguments (ids name nothing). */
function call(
  operation: string,
  field: GraphQLField<unknown, unknown>,
): { document: string; variables: Record<string, unknown> } {
  const required = field.args.filter((arg) => isNonNullType(arg.type));
  const variables = Object.fromEntries(required.map((arg) => [arg.name, sample(arg.type)]));
  const declarations = required.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const argumentsList = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  const head = declarations ? `${operation}(${declarations})` : operation;
  return { document: `${head} { ${field.name}${argumentsList ? `(${argumentsList})` : ''}${selection} }`, variables };
}

function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sample(f.type)]),
    );
  }
  switch (type.name) {
    case 'ID':
      return randomUUID();
    case 'Int':
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'Date':
      return '2026-11-10';
    case 'DateTime':
      return '2026-11-10T09:00:00+07:00';
    case 'JSONObject':
      return { kind: 'MERGE', sources: ['MA'], target: 'TRAN' };
    default:
      return 'ma trận';
  }
}
