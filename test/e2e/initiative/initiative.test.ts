import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../../src/auth/auth.enums.js';
import { UnitKind } from '../../../src/hierarchy/hierarchy.enums.js';
import { BoardMember } from '../../../src/initiative/board-member.entity.js';
import { Position } from '../../../src/people/people.enums.js';
import { appoint, makePerson, makeUnit, makeUser } from '../../factories/scenario.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

const PARTS = {
  problem: 'Hồ sơ cấp phép xây dựng chờ lâu do chuyển qua nhiều bộ phận',
  content: 'Liên thông tiếp nhận và thẩm định trong một quy trình điện tử',
  scope: 'Các phường của quận',
  timeline: '6 tháng',
  resources: 'Phần mềm sẵn có, 2 công chức',
  feasibility: 'Đã thí điểm tại một phường',
  expectedImpact: 'Rút ngắn thời gian cấp phép từ 15 xuống 7 ngày',
};
const REGISTER = `mutation($input: RegisterInitiativeInput!) { registerInitiative(input: $input) { id status } }`;
const VOTE = `mutation($id: ID!, $input: VoteInput!) { voteInitiative(id: $id, input: $input) { status } }`;
const VIEW = `query($s: InitiativeStatus) { initiatives(filter: { status: $s }) { nodes { id status votesFor votesAgainst abstentions averageScore recused progress { voted eligible recused round } } } }`;
const ballot = (vote: 'APPROVE' | 'REJECT' | 'ABSTAIN', score = 8) => ({
  novelty: score,
  feasibility: score,
  impact: score,
  scope: score,
  vote,
  comment: 'Ý kiến thẩm định',
});

describe('initiatives and the appraisal board (R27–R29)', () => {
  let t: TestApp;
  let tokens: Record<string, string>;
  let ward: { id: string };
  let proposer: { id: string };

  async function submitted(title: string) {
    const registered = await t.gql(
      REGISTER,
      { input: { title, ...PARTS, unitId: ward.id, proposerIds: [proposer.id] } },
      tokens.canbo,
    );
    const id = registered.data?.registerInitiative.id;
    const result = await t.gql(`mutation($id: ID!) { submitInitiative(id: $id) { status } }`, { id }, tokens.canbo);
    expect(result.data?.submitInitiative.status).toBe('SUBMITTED');
    return id as string;
  }

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-10-05T09:00:00+07:00') });
    const city = await makeUnit(t.db, { name: 'Thành phố', kind: UnitKind.CITY });
    const district = await makeUnit(t.db, { name: 'Quận Đề Xuất', kind: UnitKind.DISTRICT, parent: city });
    ward = await makeUnit(t.db, { name: 'Phường Đề Xuất', parent: district });
    const departments = [];
    for (const name of ['Sở Tư pháp', 'Sở Nội vụ', 'Sở Tài chính', 'Sở Xây dựng'])
      departments.push(await makeUnit(t.db, { name, kind: UnitKind.DEPARTMENT, parent: city }));
    proposer = await makePerson(t.db, 'Người Đề Xuất');
    await appoint(t.db, proposer as never, ward as never, Position.STAFF);
    await makeUser(t.db, 'canbo', [], proposer as never);
    await makeUser(t.db, 'chutich', [Role.CITY_LEADER]);
    await makeUser(t.db, 'noivu', [Role.HOME_AFFAIRS]);
    await makeUser(t.db, 'ngoaito', [Role.BOARD_MEMBER]);
    // a board of five: the chair and three departments, and the district above the proposing ward (recused)
    const seats: Array<[string, { id: string }, boolean]> = [
      ['thamdinh', departments[0], true],
      ['thamdinh2', departments[1], false],
      ['thamdinh3', departments[2], false],
      ['thamdinh4', departments[3], false],
      ['thamdinh5', district, false],
    ];
    for (const [username, unit, chair] of seats) {
      const user = await makeUser(t.db, username, [Role.BOARD_MEMBER]);
      await t.db.manager.save(
        BoardMember.create({
          userId: user.id,
          unitId: unit.id,
          chair,
          validity: { validFrom: '2026-01-01', validTo: null },
        }),
      );
    }
    tokens = {};
    for (const name of [
      'canbo',
      'chutich',
      'noivu',
      'ngoaito',
      'thamdinh',
      'thamdinh2',
      'thamdinh3',
      'thamdinh4',
      'thamdinh5',
    ])
      tokens[name] = await t.login(name);
  });
  afterAll(() => t.close());

  it('refuses to submit with empty parts, naming each', async () => {
    const registered = await t.gql(
      REGISTER,
      {
        input: {
          title: 'Sáng kiến chưa xong',
          ...PARTS,
          content: '',
          timeline: '  ',
          unitId: ward.id,
          proposerIds: [proposer.id],
        },
      },
      tokens.canbo,
    );
    const result = await t.gql(
      `mutation($id: ID!) { submitInitiative(id: $id) { status } }`,
      { id: registered.data?.registerInitiative.id },
      tokens.canbo,
    );
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions.fields.map((f: { field: string }) => f.field)).toEqual([
      'content',
      'timeline',
    ]);
  });

  it('recuses the member of a unit above the proposer; hides votes until one has voted; records the result at the last vote', async () => {
    const id = await submitted('Liên thông cấp phép xây dựng');
    const mine = async (who: string) =>
      (await t.gql(VIEW, {}, tokens[who])).data?.initiatives.nodes.find((n: { id: string }) => n.id === id);
    expect(await mine('thamdinh5')).toMatchObject({
      recused: true,
      progress: { voted: 0, eligible: 4, recused: 1, round: 1 },
    });
    const recused = await t.gql(VOTE, { id, input: ballot('APPROVE') }, tokens.thamdinh5);
    expect(recused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const outsider = await t.gql(VOTE, { id, input: ballot('APPROVE') }, tokens.ngoaito);
    expect(outsider.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const outOfRange = await t.gql(VOTE, { id, input: { ...ballot('APPROVE'), novelty: 11 } }, tokens.thamdinh2);
    expect(outOfRange.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'novelty' })],
    });

    expect((await t.gql(VOTE, { id, input: ballot('APPROVE', 9) }, tokens.thamdinh2)).data?.voteInitiative.status).toBe(
      'UNDER_REVIEW',
    );
    const again = await t.gql(VOTE, { id, input: ballot('REJECT') }, tokens.thamdinh2);
    expect(again.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(await mine('thamdinh2')).toMatchObject({
      votesFor: 1,
      votesAgainst: 0,
      averageScore: 9,
      progress: { voted: 1, eligible: 4 },
    });
    expect(await mine('thamdinh3')).toMatchObject({
      votesFor: null,
      votesAgainst: null,
      averageScore: null,
      progress: { voted: 1 },
    });
    expect(await mine('noivu')).toMatchObject({ votesFor: null });

    await t.gql(VOTE, { id, input: ballot('REJECT', 5) }, tokens.thamdinh3);
    await t.gql(VOTE, { id, input: ballot('REJECT', 5) }, tokens.thamdinh4);
    const last = await t.gql(VOTE, { id, input: ballot('APPROVE', 8) }, tokens.thamdinh);
    // 2 of 4: a tie, decided by the chair's approval (row 44)
    expect(last.data?.voteInitiative.status).toBe('RECOMMENDED');
    expect(await mine('noivu')).toMatchObject({ votesFor: 2, votesAgainst: 2, abstentions: 0 });
    const late = await t.gql(VOTE, { id, input: ballot('APPROVE') }, tokens.thamdinh5);
    expect(late.errors?.[0].extensions.code).toBe('FORBIDDEN');

    const decided = await t.gql(
      `mutation($id: ID!) { decideInitiative(id: $id, approve: true) { status } }`,
      { id },
      tokens.chutich,
    );
    expect(decided.data?.decideInitiative.status).toBe('APPROVED');
    const cadres = await t.gql(`{ protectedCadres { fullName initiativeTitle } }`, {}, tokens.noivu);
    expect(cadres.data?.protectedCadres).toEqual([
      { fullName: 'Người Đề Xuất', initiativeTitle: 'Liên thông cấp phép xây dựng' },
    ]);
  });

  it('after the deadline the chair records the result with the votes cast; a later vote is INVALID_STATE', async () => {
    const id = await submitted('Một cửa điện tử cho hộ kinh doanh');
    await t.gql(VOTE, { id, input: ballot('APPROVE') }, tokens.thamdinh2);
    await t.gql(VOTE, { id, input: ballot('APPROVE') }, tokens.thamdinh3);
    const early = await t.gql(
      `mutation($id: ID!) { recordInitiativeResult(id: $id) { status } }`,
      { id },
      tokens.thamdinh,
    );
    expect(early.errors?.[0].extensions.code).toBe('INVALID_STATE');
    t.clock.now = new Date('2026-10-20T09:00:00+07:00'); // past 7 working days
    try {
      const chair = await t.login('thamdinh');
      const recorded = await t.gql(`mutation($id: ID!) { recordInitiativeResult(id: $id) { status } }`, { id }, chair);
      // 2 approvals of 4 eligible: a tie, and the chair cast no vote to decide it
      expect(recorded.data?.recordInitiativeResult.status).toBe('NOT_RECOMMENDED');
    } finally {
      t.clock.now = new Date('2026-10-05T09:00:00+07:00');
    }
    const late = await t.gql(VOTE, { id, input: ballot('REJECT') }, tokens.thamdinh4);
    expect(late.errors?.[0].extensions.code).toBe('INVALID_STATE');
  });

  it('the chair returns it for revision; the next round starts fresh and the first stays on record', async () => {
    const id = await submitted('Số hoá hồ sơ hộ tịch');
    await t.gql(VOTE, { id, input: ballot('REJECT') }, tokens.thamdinh2);
    const byMember = await t.gql(
      `mutation($id: ID!) { returnInitiative(id: $id, reason: "x") { status } }`,
      { id },
      tokens.thamdinh2,
    );
    expect(byMember.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const returned = await t.gql(
      `mutation($id: ID!) { returnInitiative(id: $id, reason: "Bổ sung dự toán kinh phí") { status } }`,
      { id },
      tokens.thamdinh,
    );
    expect(returned.data?.returnInitiative.status).toBe('RETURNED');
    await t.gql(
      `mutation($id: ID!) { updateInitiative(id: $id, input: { resources: "Kinh phí 200 triệu đồng" }) { status } }`,
      { id },
      tokens.canbo,
    );
    await t.gql(`mutation($id: ID!) { submitInitiative(id: $id) { status } }`, { id }, tokens.canbo);
    const view = (await t.gql(VIEW, {}, tokens.thamdinh2)).data?.initiatives.nodes.find(
      (n: { id: string }) => n.id === id,
    );
    expect(view).toMatchObject({ status: 'SUBMITTED', votesFor: null, progress: { round: 2, voted: 0 } });
    expect((await t.gql(VOTE, { id, input: ballot('APPROVE') }, tokens.thamdinh2)).data?.voteInitiative.status).toBe(
      'UNDER_REVIEW',
    );
    const rounds = await t.db.query(
      `SELECT round, outcome, return_reason FROM initiative_round WHERE initiative_id = $1 ORDER BY round`,
      [id],
    );
    expect(rounds).toEqual([
      { round: 1, outcome: 'RETURNED', return_reason: 'Bổ sung dự toán kinh phí' },
      { round: 2, outcome: null, return_reason: null },
    ]);
  });

  it('follows up: implementing, a result report, an evaluation; COMPLETED adds merit to the proposer’s year (row 22)', async () => {
    const [approved] = await t.db.query(`SELECT id FROM initiative WHERE status = 'APPROVED'`);
    await t.gql(`mutation($id: ID!) { startInitiative(id: $id) { status } }`, { id: approved.id }, tokens.canbo);
    // completed on Thu 24 Sep, reported on Mon 5 Oct: past the 5 working days (R28), allowed and flagged late
    const reported = await t.gql(
      `mutation($id: ID!) { reportInitiativeResult(id: $id, report: "Đã rút ngắn còn 7 ngày", completedOn: "2026-09-24") { status } }`,
      { id: approved.id },
      tokens.canbo,
    );
    expect(reported.data?.reportInitiativeResult.status).toBe('REPORTED');
    const evaluated = await t.gql(
      `mutation($id: ID!) { evaluateInitiativeResult(id: $id, completed: true) { status } }`,
      { id: approved.id },
      tokens.thamdinh,
    );
    expect(evaluated.data?.evaluateInitiativeResult.status).toBe('COMPLETED');
    const view = await t.gql(
      `{ initiatives(filter: { status: COMPLETED }) { nodes { history { action actor toStatus } } } }`,
      {},
      tokens.noivu,
    );
    const history = view.data?.initiatives.nodes[0].history;
    expect(history.map((row: { action: string }) => row.action)).toEqual([
      'REGISTER',
      'SUBMIT',
      'REVIEW',
      'RECORD_RESULT',
      'APPROVE',
      'START',
      'REPORT',
      'EVALUATE',
    ]);
    expect(history[4]).toEqual({ action: 'APPROVE', actor: 'chutich', toStatus: 'APPROVED' });
    const late = await t.db.query(
      `SELECT action, late FROM initiative_event WHERE initiative_id = $1 AND action IN ('REPORT', 'EVALUATE') ORDER BY at`,
      [approved.id],
    );
    expect(late).toEqual([
      { action: 'REPORT', late: true },
      { action: 'EVALUATE', late: false },
    ]);
    const { meritPointsOf } = await import('../../../src/initiative/merit.js');
    expect(await meritPointsOf(t.db.manager, proposer.id, 2026, 5)).toBe(5);
    // issue 10: completed in late December, evaluated in January — the merit stays with the year of the work
    await t.db.query(
      `UPDATE initiative SET completed_on = '2026-12-28', reported_on = '2026-12-30', evaluated_on = '2027-01-08' WHERE id = $1`,
      [approved.id],
    );
    expect(await meritPointsOf(t.db.manager, proposer.id, 2026, 5)).toBe(5);
    expect(await meritPointsOf(t.db.manager, proposer.id, 2027, 5)).toBe(0);
  });

  it('loads tallies and progress for a page of initiatives in a fixed number of statements', async () => {
    const PAGE = `query($n: Int) { initiatives(first: $n) { nodes { votesFor votesAgainst abstentions averageScore recused progress { voted eligible } } } }`;
    const statements = async (n: number) => {
      const before = t.queries.count;
      const result = await t.gql(PAGE, { n }, tokens.thamdinh2);
      expect(result.data?.initiatives.nodes).toHaveLength(n);
      return t.queries.count - before;
    };
    expect(await statements(4)).toBe(await statements(1));
  });
});
