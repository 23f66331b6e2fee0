import { Role } from '../../src/auth/auth.enums.js';
import { StepKind, UnitKind } from '../../src/hierarchy/hierarchy.enums.js';
import type { AuthUser } from '../../src/auth/auth-user.js';
import { FeedbackChannel } from '../../src/feedback/feedback.enums.js';
import { InspectionKind, InspectionMethod } from '../../src/inspection/inspection.enums.js';
import { Vote } from '../../src/initiative/initiative.enums.js';
import { PeriodKind } from '../../src/evaluation/evaluation.enums.js';
import { Position, StaffType } from '../../src/people/people.enums.js';
import type { TestApp } from '../support/test-app.js';
import { appoint, makePerson, makeUnit, makeUser } from './scenario.js';

/** Every kind of caller the access matrix asks for. */
export const WHO = [
  'admin',
  'noivu',
  'chutich',
  'chair',
  'member',
  'kiemtra',
  'xem',
  'quan',
  'phuong',
  'canbo',
  'cuu',
] as const;
export type Who = (typeof WHO)[number];

/** Secrets that must never reach a caller who may not see them. */
export const SECRETS = {
  ownPhone: '0909111222',
  foreignPhone: '0909333444',
  sealedComment: 'PHIEU-NIEM-PHONG-CUA-THANH-VIEN',
};

/** The rows the matrix reads: "own" lies in ward W1 (phuong heads it, canbo works there), "foreign" in ward W2. */
export interface AccessRows {
  [resource: string]: { own?: string; foreign?: string };
}

/**
 * A city in miniature for the access matrix, on 10 November 2026: the city (chutich heads it), two departments
 * whose heads sit on the appraisal board (chair, member), a district (quan) with wards W1 (phuong heads it, canbo
 * is its staff) and W2, whose head (cuu) left office today and was replaced; Home Affairs (noivu), a system
 * administrator, an inspector and a viewer without a person. A quarter opened while cuu still headed W2.
 */
export async function accessCity(t: TestApp): Promise<{ rows: AccessRows; ids: Record<string, string> }> {
  const { db, services } = t;
  t.clock.now = new Date('2026-11-09T09:00:00+07:00');
  const city = await makeUnit(db, { name: 'Thành phố Ma Trận', kind: UnitKind.CITY });
  const justice = await makeUnit(db, { name: 'Sở Tư pháp Ma Trận', kind: UnitKind.DEPARTMENT, parent: city });
  const science = await makeUnit(db, { name: 'Sở Khoa học Ma Trận', kind: UnitKind.DEPARTMENT, parent: city });
  const district = await makeUnit(db, { name: 'Quận Ma Trận', kind: UnitKind.DISTRICT, parent: city });
  const w1 = await makeUnit(db, { name: 'Phường Một Ma Trận', parent: district });
  const w2 = await makeUnit(db, { name: 'Phường Hai Ma Trận', parent: district });

  const person = async (
    name: string,
    unit: typeof city,
    position: Position,
    fields: { from?: string; to?: string } = {},
  ) => {
    const p = await makePerson(db, name, position === Position.HEAD ? StaffType.CAN_BO : StaffType.CONG_CHUC);
    await appoint(db, p, unit, position, { from: fields.from ?? '2024-01-01', to: fields.to ?? null });
    return p;
  };
  const people = {
    chutich: await person('Chủ Tịch Ma Trận', city, Position.HEAD),
    chair: await person('Giám Đốc Tư Pháp', justice, Position.HEAD),
    member: await person('Giám Đốc Khoa Học', science, Position.HEAD),
    quan: await person('Chủ Tịch Quận Ma Trận', district, Position.HEAD),
    phuong: await person('Chủ Tịch Phường Một', w1, Position.HEAD),
    canbo: await person('Công Chức Phường Một', w1, Position.STAFF),
    cuu: await person('Nguyên Chủ Tịch Phường Hai', w2, Position.HEAD, { to: '2026-11-10' }),
    moi: await person('Tân Chủ Tịch Phường Hai', w2, Position.HEAD, { from: '2026-11-10' }),
    w2staff: await person('Công Chức Phường Hai', w2, Position.STAFF),
  };
  const users: Record<Who, AuthUser> = {} as Record<Who, AuthUser>;
  const user = async (who: Who, roles: Role[], p: { id: string } | null = null) => {
    const saved = await makeUser(db, who, roles, p as never);
    users[who] = { id: saved.id, username: who, roles, personId: p?.id ?? null };
  };
  await user('admin', [Role.SYSTEM_ADMIN]);
  await user('noivu', [Role.HOME_AFFAIRS]);
  await user('chutich', [Role.CITY_LEADER], people.chutich);
  await user('chair', [Role.BOARD_MEMBER], people.chair);
  await user('member', [Role.BOARD_MEMBER], people.member);
  await user('kiemtra', [Role.INSPECTOR]);
  await user('xem', [Role.VIEWER]);
  await user('quan', [], people.quan);
  await user('phuong', [], people.phuong);
  await user('canbo', [], people.canbo);
  await user('cuu', [], people.cuu);

  const { period } = await services.periods.open({ kind: PeriodKind.QUARTER, year: 2026, quarter: 4 }, users.noivu.id);
  const evaluationOf = async (personId: string) =>
    (await db.query(`SELECT id FROM evaluation WHERE period_id = $1 AND person_id = $2`, [period.id, personId]))[0]
      .id as string;

  const item = async (reference: string, unitId: string, phone: string) =>
    services.feedback.receive(users.noivu, {
      reference,
      channel: FeedbackChannel.WEB,
      category: 'Hạ tầng đô thị',
      content: 'Đèn đường hỏng',
      contactName: 'Người Dân Ma Trận',
      contactPhone: phone,
      receivedAt: t.clock.now,
      unitId,
    });
  const ownItem = await item('1022-MT-1', w1.id, SECRETS.ownPhone);
  const foreignItem = await item('1022-MT-2', w2.id, SECRETS.foreignPhone);
  const assignmentOf = async (itemId: string) =>
    (await db.query(`SELECT id FROM feedback_assignment WHERE item_id = $1`, [itemId]))[0].id as string;

  const inspect = async (unitId: string) => {
    const inspection = await services.inspections.schedule({
      kind: InspectionKind.SURPRISE,
      method: InspectionMethod.CAMERA,
      unitId,
      startsOn: '2026-11-09',
      teamUserIds: [users.kiemtra.id],
      leadUserId: users.kiemtra.id,
    });
    await services.inspections.start(users.kiemtra, inspection.id);
    await services.inspections.conclude(users.kiemtra, inspection.id, {
      achievements: 'Tốt',
      shortcomings: 'Chưa cập nhật sổ',
      directions: 'Khắc phục',
      findings: [{ text: `Sổ chưa cập nhật ${unitId}`, responsibleUnitId: unitId, dueDate: '2026-12-01' }],
    });
    const [finding] = await db.query(`SELECT id FROM finding WHERE inspection_id = $1`, [inspection.id]);
    return { inspection: inspection.id, finding: finding.id as string };
  };
  const ownInspection = await inspect(w1.id);
  const foreignInspection = await inspect(w2.id);
  await services.inspections.reportRemediation(users.canbo, ownInspection.finding, 'Đã cập nhật sổ');

  const review = async (unitId: string, personId: string, findingId: string) =>
    (
      await db.query(
        `INSERT INTO responsibility_review (unit_id, person_id, finding_id, opened_on) VALUES ($1, $2, $3, '2026-11-09') RETURNING id`,
        [unitId, personId, findingId],
      )
    )[0].id as string;
  const [discipline] = await db.query(
    `INSERT INTO discipline_case (person_id, opened_on) VALUES ($1, '2026-11-01') RETURNING id`,
    [people.w2staff.id],
  );
  const [deferral] = await db.query(
    `INSERT INTO discipline_deferral (case_id, reason, valid_from, valid_to) VALUES ($1, 'ILLNESS', '2026-11-02', '2026-11-05') RETURNING id`,
    [discipline.id],
  );
  const [forcing] = await db.query(
    `INSERT INTO forcing_event (person_id, kind, occurred_on, document) VALUES ($1, 'DEGRADATION', '2026-10-20', 'Kết luận số 1/KL') RETURNING id`,
    [people.w2staff.id],
  );
  const absence = async (personId: string) =>
    (
      await db.query(
        `INSERT INTO absence (person_id, kind, valid_from, valid_to) VALUES ($1, 'SICK', '2026-10-01', '2026-10-05') RETURNING id`,
        [personId],
      )
    )[0].id as string;
  const appointmentOf = async (personId: string) =>
    (await db.query(`SELECT id FROM appointment WHERE person_id = $1`, [personId]))[0].id as string;

  const [board1] = await db.query(
    `INSERT INTO board_member (user_id, unit_id, chair, valid_from) VALUES ($1, $2, true, '2025-01-01') RETURNING id`,
    [users.chair.id, justice.id],
  );
  await db.query(
    `INSERT INTO board_member (user_id, unit_id, chair, valid_from) VALUES ($1, $2, false, '2025-01-01')`,
    [users.member.id, science.id],
  );
  const initiative = await services.initiatives.register(users.canbo, {
    title: 'Một cửa số hoá',
    problem: 'Hồ sơ giấy chậm',
    content: 'Số hoá hồ sơ',
    scope: 'Phường',
    timeline: '2027',
    resources: 'Ngân sách phường',
    feasibility: 'Cao',
    expectedImpact: 'Nhanh hơn',
    unitId: w1.id,
    proposerIds: [people.canbo.id],
  });
  await services.initiatives.submit(users.canbo, initiative.id);
  await services.initiatives.vote(users.member, initiative.id, {
    novelty: 8,
    feasibility: 8,
    impact: 8,
    scope: 8,
    vote: Vote.APPROVE,
    comment: SECRETS.sealedComment,
  });
  const [vote] = await db.query(`SELECT id FROM initiative_vote WHERE initiative_id = $1`, [initiative.id]);

  const officeRow = async (sql: string, values: unknown[]) => (await db.query(sql, values))[0].id as string;
  const quota = await officeRow(
    `INSERT INTO quota_exception (period_id, rater_unit_id, reason) VALUES ($1, $2, 'Đơn vị xuất sắc') RETURNING id`,
    [period.id, w1.id],
  );
  const target = await officeRow(
    `INSERT INTO unit_target (unit_id, period_id, name, completion_percent, exceeded) VALUES ($1, $2, 'Chỉ tiêu', 100, false) RETURNING id`,
    [w1.id, period.id],
  );
  const satisfaction = await officeRow(
    `INSERT INTO satisfaction_result (unit_id, period_id, source, sample_size, percent) VALUES ($1, $2, 'SIPAS', 100, 91) RETURNING id`,
    [w1.id, period.id],
  );
  const coefficient = await officeRow(
    `INSERT INTO income_coefficient (unit_id, period_id, k) VALUES ($1, $2, 1.2) RETURNING id`,
    [w1.id, period.id],
  );
  await db.query(`INSERT INTO person_pay (person_id, monthly_salary) VALUES ($1, 9000000)`, [people.canbo.id]);
  const payout = await officeRow(
    `INSERT INTO payout (period_id, unit_id, person_id, level, monthly_salary, k, factor, days_appointed, amount_before_cap, scale, amount)
     VALUES ($1, $2, $3, 'GOOD', 9000000, 1.2, 0.8, 92, 25920000, 1, 25920000) RETURNING id`,
    [period.id, w1.id, people.canbo.id],
  );
  const [link] = await db.query(`SELECT id FROM unit_link WHERE unit_id = $1`, [w1.id]);
  const [setting] = await db.query(`SELECT key FROM setting ORDER BY key LIMIT 1`);
  const [day] = await db.query(`SELECT to_char(day, 'YYYY-MM-DD') AS day FROM calendar_day ORDER BY day LIMIT 1`);

  const plan = await services.plans.create(
    {
      actNumber: '01/NQ-MA-TRAN',
      title: 'Sáp nhập Phường Hai vào Phường Một',
      signedOn: '2026-11-01',
      effectiveDate: '2027-01-01',
    },
    [{ kind: StepKind.MERGE, sources: [w2.code], target: w1.code }],
    null,
  );
  const [step] = await db.query(`SELECT id FROM reorganisation_step WHERE plan_id = $1`, [plan.id]);
  // the trail of the sealed vote: Home Affairs reads that it was cast, never what it says
  const [voteTrail] = await db.query(`SELECT id FROM audit_log WHERE table_name = 'initiative_vote' AND row_id = $1`, [
    vote.id,
  ]);

  t.clock.now = new Date('2026-11-10T09:00:00+07:00');
  const rows: AccessRows = {
    Unit: { own: w1.id },
    UnitLink: { own: link.id },
    Reorganisation: {},
    ReorganisationPlan: { own: plan.id },
    PlanStep: { own: step.id },
    UnitLineage: {},
    Person: { own: people.canbo.id, foreign: people.w2staff.id },
    Appointment: { own: await appointmentOf(people.canbo.id), foreign: await appointmentOf(people.w2staff.id) },
    Absence: { own: await absence(people.canbo.id), foreign: await absence(people.w2staff.id) },
    EvaluationPeriod: { own: period.id },
    Evaluation: { own: await evaluationOf(people.canbo.id), foreign: await evaluationOf(people.w2staff.id) },
    QuotaException: { own: quota },
    UnitTarget: { own: target },
    SatisfactionResult: { own: satisfaction },
    IncomeCoefficient: { own: coefficient },
    PersonPay: { own: people.canbo.id },
    Payout: { own: payout },
    Setting: { own: setting.key },
    FeedbackItem: { own: ownItem.id, foreign: foreignItem.id },
    FeedbackAssignment: { own: await assignmentOf(ownItem.id), foreign: await assignmentOf(foreignItem.id) },
    Inspection: { own: ownInspection.inspection, foreign: foreignInspection.inspection },
    Finding: { own: ownInspection.finding, foreign: foreignInspection.finding },
    ResponsibilityReview: {
      own: await review(w1.id, people.phuong.id, ownInspection.finding),
      foreign: await review(w2.id, people.cuu.id, foreignInspection.finding),
    },
    DisciplineCase: { own: discipline.id },
    DisciplineDeferral: { own: deferral.id },
    ForcingEvent: { own: forcing.id },
    Initiative: { own: initiative.id },
    InitiativeVote: { own: vote.id },
    BoardMember: { own: board1.id },
    User: { own: users.canbo.id },
    CalendarDay: { own: day.day },
    AuditEntry: { own: voteTrail.id },
  };
  return {
    rows,
    ids: {
      periodId: period.id,
      w1: w1.id,
      w2: w2.id,
      ownEvaluation: rows.Evaluation.own as string,
      foreignEvaluation: rows.Evaluation.foreign as string,
    },
  };
}

/** Every caller of the access city signed in: their tokens by name. */
export async function signInAll(t: TestApp): Promise<Record<Who, string>> {
  const tokens = {} as Record<Who, string>;
  for (const who of WHO) tokens[who] = await t.login(who);
  return tokens;
}
