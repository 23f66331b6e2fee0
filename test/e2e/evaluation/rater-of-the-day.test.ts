import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { Role } from '../../../src/auth/auth.enums.js';
import { PeriodKind } from '../../../src/evaluation/evaluation.enums.js';
import { UnitKind } from '../../../src/hierarchy/hierarchy.enums.js';
import { Position, StaffType } from '../../../src/people/people.enums.js';
import { appoint, makePerson, makeUnit, makeUser } from '../../factories/scenario.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { purgeForTest } from '../../support/test-database.js';

const TODAY = '2026-11-10';

/** R5 on the day: the stored rater follows appointments and the tree; steps ask the rater of the day. */
describe('the rater of the day (R5)', () => {
  let t: TestApp;
  let units: Record<'city' | 'district' | 'a' | 'b', { id: string }>;
  let people: Record<'chutich' | 'quan' | 'headA' | 'headB' | 'staffA' | 'staffB', { id: string }>;
  let periodId: string;

  const person = async (name: string, unit: { id: string }, position: Position) => {
    const p = await makePerson(t.db, name, position === Position.HEAD ? StaffType.CAN_BO : StaffType.CONG_CHUC);
    await appoint(t.db, p, unit as never, position, { from: '2024-01-01' });
    return p;
  };
  const evaluationOf = async (p: { id: string }) =>
    (
      await t.db.query(
        `SELECT e.id, e.version, e.rater_person_id, to_char(e.rater_as_of, 'YYYY-MM-DD') AS rater_as_of, e.warnings FROM evaluation e WHERE e.period_id = $1 AND e.person_id = $2`,
        [periodId, p.id],
      )
    )[0] as { id: string; version: number; rater_person_id: string | null; rater_as_of: string; warnings: string[] };

  beforeEach(async () => {
    t = await createTestApp({ now: new Date(`${TODAY}T09:00:00+07:00`) });
    const city = await makeUnit(t.db, { name: 'Thành phố Ngày', kind: UnitKind.CITY });
    const district = await makeUnit(t.db, { name: 'Quận Ngày', kind: UnitKind.DISTRICT, parent: city });
    units = {
      city,
      district,
      a: await makeUnit(t.db, { code: 'PA', name: 'Phường A', parent: district }),
      b: await makeUnit(t.db, { code: 'PB', name: 'Phường B', parent: district }),
    };
    people = {
      chutich: await person('Chủ Tịch Ngày', city, Position.HEAD),
      quan: await person('Chủ Tịch Quận Ngày', district, Position.HEAD),
      headA: await person('Chủ Tịch Phường A', units.a, Position.HEAD),
      headB: await person('Chủ Tịch Phường B', units.b, Position.HEAD),
      staffA: await person('Công Chức Phường A', units.a, Position.STAFF),
      staffB: await person('Công Chức Phường B', units.b, Position.STAFF),
    };
    await makeUser(t.db, 'noivu', [Role.HOME_AFFAIRS]);
    await makeUser(t.db, 'cu', [], people.headA as never);
    ({
      period: { id: periodId },
    } = await t.services.periods.open({ kind: PeriodKind.QUARTER, year: 2026, quarter: 4 }, null));
  });
  afterEach(() => t.close());

  it('a new head appointed today becomes the rater in the same transaction; the former head can no longer rate', async () => {
    expect((await evaluationOf(people.staffA)).rater_person_id).toBe(people.headA.id);
    const [oldAppointment] = await t.db.query(`SELECT id FROM appointment WHERE person_id = $1`, [people.headA.id]);
    await t.services.people.endAppointment(oldAppointment.id, TODAY);
    const newHead = await makePerson(t.db, 'Tân Chủ Tịch Phường A', StaffType.CAN_BO);
    await makeUser(t.db, 'moi', [], newHead);
    await t.services.people.appoint({ personId: newHead.id, unitId: units.a.id, position: Position.HEAD, from: TODAY });

    const staff = await evaluationOf(people.staffA);
    expect(staff).toMatchObject({ rater_person_id: newHead.id, rater_as_of: TODAY, warnings: [] });
    const view = await t.gql(
      `query($id: ID!) { evaluation(id: $id) { rater { fullName } raterAsOf } }`,
      { id: staff.id },
      await t.login('noivu'),
    );
    expect(view.data?.evaluation).toEqual({ rater: { fullName: 'Tân Chủ Tịch Phường A' }, raterAsOf: TODAY });

    await t.db.query(`UPDATE evaluation SET status = 'SELF_ASSESSED' WHERE id = $1`, [staff.id]);
    const RATE = `mutation($input: RateEvaluationInput!) { rateEvaluation(input: $input) { status } }`;
    const input = {
      evaluationId: staff.id,
      version: staff.version,
      comment: 'Tốt',
      parts: { generalScore: 27, taskScore: 60 },
    };
    expect((await t.gql(RATE, { input }, await t.login('cu'))).errors?.[0].extensions.code).toMatch(
      /^(FORBIDDEN|NOT_FOUND)$/,
    );
    expect((await t.gql(RATE, { input }, await t.login('moi'))).data?.rateEvaluation.status).toBe('REVIEWED');

    // the former head's own evaluation: rated by the district head, whose subordinate they were on their last day
    expect(await evaluationOf(people.headA)).toMatchObject({
      rater_person_id: people.quan.id,
      rater_as_of: '2026-11-09',
    });
  });

  it('two wards merged today: their staff follow the new ward, their former heads are rated by the district head as of the day before', async () => {
    await t.services.hierarchy.mergeUnits({
      sourceIds: [units.a.id, units.b.id],
      newTarget: { code: 'PAB', name: 'Phường AB', kind: UnitKind.WARD, parentId: units.district.id, validFrom: TODAY },
      date: TODAY,
    });
    for (const head of [people.headA, people.headB]) {
      const evaluation = await evaluationOf(head);
      expect(evaluation).toMatchObject({ rater_person_id: people.quan.id, rater_as_of: '2026-11-09', warnings: [] });
    }
    // the new ward has no head yet: the district head rates its staff, with a warning
    const staff = await evaluationOf(people.staffA);
    expect(staff.rater_person_id).toBe(people.quan.id);
    expect(staff.warnings).toEqual([expect.stringContaining('chưa có người đứng đầu')]);

    const [target] = await t.db.query(`SELECT id FROM unit WHERE code = 'PAB'`);
    const newHead = await makePerson(t.db, 'Chủ Tịch Phường AB', StaffType.CAN_BO);
    await t.services.people.appoint({ personId: newHead.id, unitId: target.id, position: Position.HEAD, from: TODAY });
    for (const member of [people.staffA, people.staffB])
      expect(await evaluationOf(member)).toMatchObject({ rater_person_id: newHead.id, warnings: [] });
  });

  it('only the city’s head is rated outside the system; an evaluation with no rater blocks closing and is named', async () => {
    expect((await evaluationOf(people.chutich)).warnings).toEqual([
      'Người đứng đầu Thành phố được đánh giá ngoài hệ thống (chỉ ghi nhận kết quả).',
    ]);
    // an agency entered without a parent: its head has nobody above, and that is not the city's case
    const orphan = await makeUnit(t.db, { name: 'Sở Chưa Gắn', kind: UnitKind.DEPARTMENT });
    const director = await makePerson(t.db, 'Giám Đốc Chưa Gắn', StaffType.CAN_BO);
    await t.services.people.appoint({
      personId: director.id,
      unitId: orphan.id,
      position: Position.HEAD,
      from: '2024-01-01',
    });
    await purgeForTest(
      t.db,
      `DELETE FROM evaluation WHERE period_id = $1; DELETE FROM evaluation_period WHERE id = $1`,
      [periodId],
    );
    ({
      period: { id: periodId },
    } = await t.services.periods.open({ kind: PeriodKind.QUARTER, year: 2026, quarter: 4 }, null));
    const orphaned = await evaluationOf(director);
    expect(orphaned.rater_person_id).toBeNull();
    expect(orphaned.warnings).toEqual(['Không tìm thấy người có thẩm quyền đánh giá.']);
    expect((await evaluationOf(people.chutich)).warnings).toEqual([
      'Người đứng đầu Thành phố được đánh giá ngoài hệ thống (chỉ ghi nhận kết quả).',
    ]);

    await t.db.query(`UPDATE evaluation SET status = 'APPROVED' WHERE period_id = $1 AND rater_person_id IS NOT NULL`, [
      periodId,
    ]);
    const closing = await t.gql(
      `mutation($id: ID!) { closeEvaluationPeriod(id: $id) { status } }`,
      { id: periodId },
      await t.login('noivu'),
    );
    expect(closing.errors?.[0].extensions.code).toBe('INVALID_STATE');
    expect(closing.errors?.[0].message).toContain('Giám Đốc Chưa Gắn (Sở Chưa Gắn)');
    expect(closing.errors?.[0].message).not.toContain('Chủ Tịch Ngày (');
  });

  it('R4 on refresh: with an acting head beside the titular one, the titular head rates the staff; the head is still rated from above', async () => {
    const deputy = await makePerson(t.db, 'Phó Chủ Tịch Phường A', StaffType.CAN_BO);
    await t.services.people.appoint({
      personId: deputy.id,
      unitId: units.a.id,
      position: Position.HEAD,
      acting: true,
      from: '2026-11-01',
    });
    expect(await evaluationOf(people.headA)).toMatchObject({ rater_person_id: people.quan.id, rater_as_of: TODAY });
    expect((await evaluationOf(people.staffA)).rater_person_id).toBe(people.headA.id);
  });
});
