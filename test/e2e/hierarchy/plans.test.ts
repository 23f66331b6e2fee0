import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PeriodKind } from '../../../src/evaluation/evaluation.enums.js';
import { PlanStatus, StepKind, UnitKind } from '../../../src/hierarchy/hierarchy.enums.js';
import type { StepPayload } from '../../../src/hierarchy/plan-step.entity.js';
import { Role } from '../../../src/auth/auth.enums.js';
import { Position } from '../../../src/people/people.enums.js';
import { appoint, makePerson, makeUnit, makeUser } from '../../factories/scenario.js';
import { feedbackRecord } from '../../factories/feedback.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

const act = (effectiveDate: string, actNumber = `Nghị quyết ${effectiveDate}`) => ({
  actNumber,
  title: 'Sắp xếp đơn vị hành chính',
  signedOn: '2025-06-16',
  effectiveDate,
});

/**
 * A plan on a small district: work crossing the day (a 1022 item, a running YEAR evaluation), a split's people,
 * refusals that change nothing, a scheduled plan withdrawn, lineage in GraphQL.
 */
describe('reorganisation plans', () => {
  let t: TestApp;
  let ids: Record<string, string>;
  const snapshot = async () =>
    t.db.query(
      `SELECT (SELECT count(*) FROM unit)::int AS units, (SELECT count(*) FROM unit_link)::int AS links, (SELECT count(*) FROM appointment)::int AS appointments,
              (SELECT count(*) FROM unit_lineage)::int AS lineage, (SELECT string_agg(unit_id::text, ',' ORDER BY id) FROM feedback_item) AS items`,
    );

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.now = new Date('2025-06-20T09:00:00+07:00');
    const city = await makeUnit(t.db, { code: 'P79', name: 'Thành phố Kế Hoạch', kind: UnitKind.CITY });
    const district = await makeUnit(t.db, {
      code: 'P777',
      name: 'Quận Kế Hoạch',
      kind: UnitKind.DISTRICT,
      parent: city,
    });
    const a = await makeUnit(t.db, { code: 'P1', name: 'Phường Một', parent: district });
    const b = await makeUnit(t.db, { code: 'P2', name: 'Phường Hai', parent: district });
    const c = await makeUnit(t.db, { code: 'P3', name: 'Phường Ba', parent: district });
    const people: Record<string, string> = {};
    for (const [name, unit, position] of [
      ['headA', a, Position.HEAD],
      ['staffA', a, Position.STAFF],
      ['headB', b, Position.HEAD],
      ['headC', c, Position.HEAD],
      ['staffC1', c, Position.STAFF],
      ['staffC2', c, Position.STAFF],
      ['chairman', city, Position.HEAD],
    ] as const) {
      const person = await makePerson(t.db, name);
      await appoint(t.db, person, unit, position, { from: '2024-01-01' });
      people[name] = person.id;
    }
    ids = { city: city.id, district: district.id, a: a.id, b: b.id, c: c.id, ...people };
    await feedbackRecord(t, a.id, { onTime: 0, overdue: 1 }, '2025-06');
    await feedbackRecord(t, district.id, { onTime: 0, overdue: 1 }, '2025-06');
    await t.services.periods.open({ kind: PeriodKind.YEAR, year: 2025 }, null);
  });
  afterAll(() => t.close());

  it('refuses a plan that reuses a code in force, or leaves a unit without a parent, naming why; nothing changes', async () => {
    t.clock.now = new Date('2025-07-02T09:00:00+07:00');
    const before = await snapshot();
    const reuse = await t.services.plans.create(
      act('2025-07-01'),
      [{ kind: StepKind.CREATE, code: 'P2', name: 'Phường Trùng Mã', unitKind: UnitKind.WARD, parentCode: 'P777' }],
      null,
    );
    await expect(t.services.plans.apply(reuse.id)).rejects.toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [expect.objectContaining({ message: expect.stringContaining('mã P2 đang được Phường Hai sử dụng') })],
      },
    });
    const orphan = await t.services.plans.create(
      act('2025-07-01'),
      [{ kind: StepKind.SPLIT, source: 'P777', parts: ['P1', 'P2'] }],
      null,
    );
    await expect(t.services.plans.apply(orphan.id)).rejects.toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: expect.arrayContaining([expect.objectContaining({ message: 'Phường Một sẽ trực thuộc chính nó' })]),
      },
    });
    await expect(
      t.services.plans.create(act('2025-07-01'), [{ kind: StepKind.ABOLISH_LEVEL, unitKind: UnitKind.CITY }], null),
    ).rejects.toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'steps[0].unitKind', message: 'cấp không hợp lệ hoặc không thể bãi bỏ' }],
      },
    });
    const unknown = await t.services.plans.create(
      act('2025-07-01'),
      [{ kind: StepKind.MERGE, sources: ['KHONGCO'], target: 'P1' }],
      null,
    );
    await expect(t.services.plans.preview(unknown.id)).rejects.toMatchObject({
      extensions: {
        fields: [expect.objectContaining({ message: expect.stringContaining('không có đơn vị mã KHONGCO') })],
      },
    });
    expect(await snapshot()).toEqual(before);
    for (const plan of [reuse, orphan, unknown]) await t.services.plans.withdraw(plan.id);
  });

  it('a split whose people are not all assigned is refused until they are', async () => {
    const before = await snapshot();
    const steps: StepPayload[] = [
      { kind: StepKind.CREATE, code: 'P4', name: 'Phường Bốn', unitKind: UnitKind.WARD, parentCode: 'P777' },
      { kind: StepKind.SPLIT, source: 'P3', parts: ['P4', 'P2'] },
    ];
    const unassigned = await t.services.plans.create(act('2025-07-01'), steps, null);
    await expect(t.services.plans.preview(unassigned.id)).rejects.toMatchObject({
      extensions: {
        fields: [
          expect.objectContaining({ message: 'chưa chỉ định đơn vị nhận cho staffC1 (Phường Ba)' }),
          expect.objectContaining({ message: 'chưa chỉ định đơn vị nhận cho staffC2 (Phường Ba)' }),
        ],
      },
    });
    expect(await snapshot()).toEqual(before);
    await t.services.plans.withdraw(unassigned.id);
  });

  it('a scheduled plan withdrawn changes nothing, and is never applied', async () => {
    const before = await snapshot();
    const plan = await t.services.plans.create(
      act('2025-09-01'),
      [{ kind: StepKind.MERGE, sources: ['P2'], target: 'P1' }],
      null,
    );
    expect((await t.services.plans.schedule(plan.id)).status).toBe(PlanStatus.SCHEDULED);
    await expect(t.services.plans.apply(plan.id)).rejects.toMatchObject({ extensions: { code: 'INVALID_STATE' } });
    expect((await t.services.plans.withdraw(plan.id)).status).toBe(PlanStatus.WITHDRAWN);
    t.clock.now = new Date('2025-09-02T09:00:00+07:00');
    expect(await t.services.plans.applyDue()).toBe(0);
    expect(await snapshot()).toEqual(before);
    t.clock.now = new Date('2025-07-02T09:00:00+07:00');
  });

  it('applied: heads end the day before, people follow their successor, open work crosses the day with its deadline', async () => {
    const plan = await t.services.plans.create(
      act('2025-07-01', '1685/NQ-UBTVQH15'),
      [
        { kind: StepKind.CREATE, code: 'P5', name: 'Phường Năm', unitKind: UnitKind.WARD, parentCode: 'P79' },
        { kind: StepKind.MERGE, sources: ['P1', 'P2'], target: 'P5' },
        {
          kind: StepKind.SPLIT,
          source: 'P3',
          parts: ['P5', 'P6'],
          defaultSuccessor: 'P5',
          people: { [ids.staffC2 as string]: 'P6' },
        },
        { kind: StepKind.CREATE, code: 'P6', name: 'Phường Sáu', unitKind: UnitKind.WARD, parentCode: 'P79' },
        { kind: StepKind.ABOLISH_LEVEL, unitKind: UnitKind.DISTRICT },
      ],
      null,
    );
    const preview = await t.services.plans.preview(plan.id);
    const [item] = await t.db.query(`SELECT id, due_at FROM feedback_item WHERE unit_id = $1`, [ids.a]);
    const applied = await t.services.plans.apply(plan.id);
    expect(applied.report).toEqual(preview);
    expect(preview).toMatchObject({
      feedbackItemsMoved: 1,
      feedbackItemsLeft: 1,
      peopleMoved: 3,
      unitsCreated: [expect.objectContaining({ code: 'P5' }), expect.objectContaining({ code: 'P6' })],
    });
    expect(preview.headsEnded.map((head) => head.fullName).sort()).toEqual(['headA', 'headB', 'headC']);

    const placed = async (person: string) =>
      (
        await t.db.query(
          `SELECT u.code FROM appointment a JOIN unit u ON u.id = a.unit_id WHERE a.person_id = $1 AND a.valid_from <= '2025-07-01' AND (a.valid_to IS NULL OR a.valid_to > '2025-07-01')`,
          [ids[person]],
        )
      )[0]?.code;
    expect(await placed('staffA')).toBe('P5');
    expect(await placed('staffC1')).toBe('P5');
    expect(await placed('staffC2')).toBe('P6');
    expect(await placed('headA')).toBeUndefined();

    const [moved] = await t.db.query(
      `SELECT u.code, f.due_at FROM feedback_item f JOIN unit u ON u.id = f.unit_id WHERE f.id = $1`,
      [item.id],
    );
    expect(moved).toEqual({ code: 'P5', due_at: item.due_at });
    const [assignment] = await t.db.query(
      `SELECT reason, due_at FROM feedback_assignment WHERE item_id = $1 ORDER BY assigned_at DESC LIMIT 1`,
      [item.id],
    );
    expect(assignment).toEqual({ reason: 'REORGANISATION', due_at: item.due_at });

    // the running YEAR: staffA's evaluation is held in the new ward (the unit held on the period's last day), and its rater follows its head (R5)
    const [evaluation] = await t.db.query(
      `SELECT u.code, e.rater_person_id FROM evaluation e JOIN unit u ON u.id = e.unit_id JOIN evaluation_period p ON p.id = e.period_id WHERE e.person_id = $1 AND p.kind = 'YEAR'`,
      [ids.staffA],
    );
    expect(evaluation.code).toBe('P5');
    const newHead = await makePerson(t.db, 'headP5');
    const [p5] = await t.db.query(`SELECT id FROM unit WHERE code = 'P5'`);
    await t.services.people.appoint({
      personId: newHead.id,
      unitId: p5.id,
      position: Position.HEAD,
      acting: false,
      from: '2025-07-02',
    });
    const [rated] = await t.db.query(
      `SELECT rater_person_id FROM evaluation e JOIN evaluation_period p ON p.id = e.period_id WHERE e.person_id = $1 AND p.kind = 'YEAR'`,
      [ids.staffA],
    );
    expect(rated.rater_person_id).toBe(newHead.id);
  });

  it('a new ward’s 1022 record counts its predecessors’ days before it existed when asked (lineage), approximate after a split', async () => {
    await makeUser(t.db, 'lineage-stats', [Role.VIEWER]);
    const token = await t.login('lineage-stats');
    const [p5] = await t.db.query(`SELECT id FROM unit WHERE code = 'P5'`);
    await feedbackRecord(t, ids.b as string, { onTime: 3, overdue: 0 }, '2025-05');
    const STATS = `query($id: ID!, $lineage: Boolean) { feedbackStats(unitId: $id, from: "2025-05-01", to: "2025-05-31", lineage: $lineage) { due onTime approximate } }`;
    expect((await t.gql(STATS, { id: p5.id }, token)).data!.feedbackStats).toEqual({
      due: 0,
      onTime: 0,
      approximate: false,
    });
    expect((await t.gql(STATS, { id: p5.id, lineage: true }, token)).data!.feedbackStats).toEqual({
      due: 3,
      onTime: 3,
      approximate: true,
    });
  });

  it('lineage in GraphQL: the new ward knows its predecessors, whole or part; a closed ward its successors', async () => {
    await makeUser(t.db, 'lineage-viewer', [Role.VIEWER]);
    const token = await t.login('lineage-viewer');
    const [p5] = await t.db.query(`SELECT id FROM unit WHERE code = 'P5'`);
    const response = await t.gql(
      `query($id: ID!, $old: ID!) {
         unit(id: $id) { predecessors { unit { code } effectiveDate whole } }
         old: unit(id: $old, asOf: "2025-06-30") { successors { unit { code } whole } }
       }`,
      { id: p5.id, old: ids.c },
      token,
    );
    expect(response.errors).toBeUndefined();
    const predecessors = response
      .data!.unit.predecessors.map((row: { unit: { code: string }; whole: boolean }) => `${row.unit.code}:${row.whole}`)
      .sort();
    expect(predecessors).toEqual(['P1:true', 'P2:true', 'P3:false']);
    expect(response.data!.old.successors.map((row: { unit: { code: string } }) => row.unit.code).sort()).toEqual([
      'P5',
      'P6',
    ]);
  });
});

describe('reorganisation plans in GraphQL', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.now = new Date('2025-02-01T09:00:00+07:00');
    const city = await makeUnit(t.db, { code: 'G79', name: 'Thành phố Nhập Khẩu', kind: UnitKind.CITY });
    const district = await makeUnit(t.db, {
      code: 'G760',
      name: 'Quận Nhập Khẩu',
      kind: UnitKind.DISTRICT,
      parent: city,
    });
    await makeUnit(t.db, { code: 'G1', name: 'Phường  Một', parent: district });
    await makeUnit(t.db, { code: 'G2', name: 'Phường Hai', parent: district });
    await makeUser(t.db, 'noivu', [Role.HOME_AFFAIRS]);
    await makeUser(t.db, 'xem', [Role.VIEWER]);
  });
  afterAll(() => t.close());

  const IMPORT = `mutation($input: ImportPlanInput!) { importReorganisationPlan(input: $input) { id status } }`;
  const input = {
    actNumber: '01/NQ-TEST',
    title: 'Sáp nhập phường',
    signedOn: '2024-12-20',
    effectiveDate: '2025-01-01',
    units: 'code,name,kind,type_vi,parent_code\nG1,Phường Một,WARD,Phường,G760\n',
    mapping: 'old_ward_code,old_ward_name,new_ward_code,note\nG1,Phường  Một,G1,\nG2,Phường Hai,G1,merged\n',
  };

  it('Home Affairs imports a mapping, previews it and applies it; a viewer may not', async () => {
    const viewer = await t.login('xem');
    expect((await t.gql(IMPORT, { input }, viewer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const token = await t.login('noivu');
    const imported = await t.gql(IMPORT, { input }, token);
    expect(imported.errors).toBeUndefined();
    const id = imported.data!.importReorganisationPlan.id;
    const preview = await t.gql(
      `mutation($id: ID!) { previewReorganisationPlan(id: $id) { unitsBefore unitsAfter unitsClosed { code } unitsCreated { code } } }`,
      { id },
      token,
    );
    expect(preview.data!.previewReorganisationPlan).toEqual({
      unitsBefore: 4,
      unitsAfter: 3,
      unitsClosed: [{ code: 'G2' }],
      unitsCreated: [],
    });
    const applied = await t.gql(
      `mutation($id: ID!) { applyReorganisationPlan(id: $id) { status report { unitsAfter } } }`,
      { id },
      token,
    );
    expect(applied.data!.applyReorganisationPlan).toEqual({ status: 'APPLIED', report: { unitsAfter: 3 } });
    const again = await t.gql(`mutation($id: ID!) { applyReorganisationPlan(id: $id) { status } }`, { id }, token);
    expect(again.errors?.[0]?.extensions?.code).toBe('INVALID_STATE');
  });

  it('a step of the wrong shape is refused with its field', async () => {
    const token = await t.login('noivu');
    const response = await t.gql(
      `mutation($input: CreatePlanInput!) { createReorganisationPlan(input: $input) { id } }`,
      {
        input: {
          actNumber: '02/NQ-TEST',
          title: 'Sai',
          signedOn: '2025-01-10',
          effectiveDate: '2025-03-01',
          steps: [{ kind: 'SPLIT', source: 'G1', parts: ['G1'] }],
        },
      },
      token,
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'steps[0].parts', message: 'chia tách cần ít nhất hai đơn vị nhận' }],
    });
  });
});
