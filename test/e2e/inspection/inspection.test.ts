import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../../src/auth/auth.enums.js';
import { PeriodKind } from '../../../src/evaluation/evaluation.enums.js';
import { Position } from '../../../src/people/people.enums.js';
import { appoint, makeHead, makePerson, makeUnit, makeUser } from '../../factories/scenario.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

const SCHEDULE = `mutation($input: ScheduleInspectionInput!) { scheduleInspection(input: $input) { id status method } }`;
const CONCLUDE = `mutation($id: ID!, $input: ConclusionInput!) { concludeInspection(id: $id, input: $input) { status } }`;

// The clock moves by weeks and tokens last 8 hours: each step logs in at its own time.
describe('an inspection from schedule to escalation (R24, R25)', () => {
  let t: TestApp;
  let ward: { id: string };
  let otherWard: { id: string };
  let inspector: { id: string };
  let head: { id: string };
  let inspectionId: string;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-10-01T09:00:00+07:00') });
    ward = await makeUnit(t.db, { name: 'Phường Được Kiểm Tra' });
    otherWard = await makeUnit(t.db, { name: 'Phường Bên Cạnh' });
    head = await makeHead(t.db, ward as never, { from: '2024-01-01' });
    const staff = await makePerson(t.db, 'Cán Bộ Văn Phòng');
    await appoint(t.db, staff, ward as never, Position.STAFF);
    const neighbour = await makePerson(t.db, 'Cán Bộ Phường Bên');
    await appoint(t.db, neighbour, otherWard as never, Position.STAFF);
    inspector = await makeUser(t.db, 'kiemtra', [Role.INSPECTOR]);
    await makeUser(t.db, 'canbo', [], staff);
    await makeUser(t.db, 'bencanh', [], neighbour);
    await makeUser(t.db, 'xem', [Role.VIEWER]);
  });
  afterAll(() => t.close());

  it('schedules by camera and concludes with findings, which start remediation', async () => {
    const token = await t.login('kiemtra');
    const scheduled = await t.gql(
      SCHEDULE,
      {
        input: {
          kind: 'SURPRISE',
          method: 'CAMERA',
          unitId: ward.id,
          startsOn: '2026-10-01',
          teamUserIds: [inspector.id],
          leadUserId: inspector.id,
        },
      },
      token,
    );
    expect(scheduled.data?.scheduleInspection).toMatchObject({ status: 'SCHEDULED', method: 'CAMERA' });
    inspectionId = scheduled.data?.scheduleInspection.id;
    const started = await t.gql(
      `mutation($id: ID!) { startInspection(id: $id) { status } }`,
      { id: inspectionId },
      token,
    );
    expect(started.data?.startInspection.status).toBe('IN_PROGRESS');
    const concluded = await t.gql(
      CONCLUDE,
      {
        id: inspectionId,
        input: {
          achievements: 'Tiếp dân đúng giờ',
          shortcomings: 'Công chức rời vị trí trong giờ làm việc; sổ theo dõi hồ sơ không cập nhật',
          directions: 'Chấn chỉnh kỷ luật, kỷ cương hành chính',
          findings: [
            { text: 'Công chức rời vị trí trong giờ làm việc', responsibleUnitId: ward.id, dueDate: '2026-10-15' },
            { text: 'Sổ theo dõi hồ sơ không cập nhật', responsibleUnitId: ward.id, dueDate: '2026-10-15' },
          ],
        },
      },
      token,
    );
    expect(concluded.data?.concludeInspection.status).toBe('REMEDIATING');
    const LIST = `{ inspections { nodes { status method findings { text status } } } }`;
    const inspected = await t.gql(LIST, {}, await t.login('canbo'));
    expect(inspected.data?.inspections.nodes[0].findings).toHaveLength(2);
    expect((await t.gql(LIST, {}, await t.login('bencanh'))).data?.inspections.nodes).toEqual([]);
    expect((await t.gql(LIST, {}, await t.login('xem'))).data?.inspections.nodes).toEqual([]);
  });

  it('only the responsible unit reports (another unit: NOT_FOUND, the finding is not theirs to see); the inspector verifies', async () => {
    const [first] = await t.db.query(`SELECT id FROM finding ORDER BY text LIMIT 1`);
    const REPORT = `mutation($id: ID!) { reportRemediation(findingId: $id, report: "Đã nhắc nhở, bố trí trực thay") { status } }`;
    const foreign = await t.gql(REPORT, { id: first.id }, await t.login('bencanh'));
    expect(foreign.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await t.db.query(`SELECT status FROM finding WHERE id = $1`, [first.id]))[0].status).toBe('OPEN');
    expect((await t.gql(REPORT, { id: first.id }, await t.login('canbo'))).data?.reportRemediation.status).toBe(
      'REPORTED',
    );
    const verified = await t.gql(
      `mutation($id: ID!) { verifyRemediation(findingId: $id, accepted: true) { status } }`,
      { id: first.id },
      await t.login('kiemtra'),
    );
    expect(verified.data?.verifyRemediation.status).toBe('VERIFIED');
  });

  it('a finding past its date and not remedied is escalated: a responsibility review of the head is opened', async () => {
    t.clock.now = new Date('2026-10-16T08:00:00+07:00');
    expect(await t.services.inspections.escalateOverdue()).toBe(1);
    expect(await t.services.inspections.escalateOverdue()).toBe(0);
    const reviews = await t.db.query(`SELECT unit_id, person_id, opened_on FROM responsibility_review`);
    expect(reviews).toEqual([{ unit_id: ward.id, person_id: head.id, opened_on: '2026-10-16' }]);
    expect((await t.db.query(`SELECT status FROM inspection WHERE id = $1`, [inspectionId]))[0].status).toBe(
      'ESCALATED',
    );
  });

  it('row 29: two findings past their date and not remedied cost the head 4 points in the quarter', async () => {
    const token = await t.login('kiemtra');
    const { id } = (
      await t.gql(
        SCHEDULE,
        {
          input: {
            kind: 'PERIODIC',
            method: 'ON_SITE',
            unitId: otherWard.id,
            startsOn: '2026-10-16',
            teamUserIds: [inspector.id],
            leadUserId: inspector.id,
          },
        },
        token,
      )
    ).data?.scheduleInspection;
    await t.gql(
      CONCLUDE,
      {
        id,
        input: {
          achievements: '',
          shortcomings: 'Hai nội dung',
          directions: '',
          findings: [
            { text: 'Niêm yết thủ tục chưa đầy đủ', responsibleUnitId: otherWard.id, dueDate: '2026-11-01' },
            { text: 'Chưa số hoá hồ sơ', responsibleUnitId: otherWard.id, dueDate: '2026-11-15' },
          ],
        },
      },
      token,
    );
    t.clock.now = new Date('2027-01-02T09:00:00+07:00');
    const { period } = await t.services.periods.open({ kind: PeriodKind.QUARTER, year: 2026, quarter: 4 }, null);
    const inputs = await t.services.evaluations.headInputs({
      unitId: otherWard.id,
      periodId: period.id,
      personId: null,
    });
    expect(inputs.openOverdueFindings).toBe(2);
    expect(inputs.deductions).toBe(4);
  });
});
