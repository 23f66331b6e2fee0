import { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../../auth/auth-user.js';
import { Role } from '../../auth/auth.enums.js';
import { addDays, cityDayOf } from '../../common/dates.js';
import type { Services } from '../../context.js';
import { AssignmentReason, FeedbackChannel, FeedbackStatus } from '../../feedback/feedback.enums.js';
import { FEEDBACK_CSV_COLUMNS, importFeedbackCsv } from '../../feedback/feedback-import.js';
import { DisciplineCase } from '../../inspection/discipline-case.entity.js';
import { DisciplineForm, InspectionKind, InspectionMethod } from '../../inspection/inspection.enums.js';
import type { Conclusion, InspectionPlan } from '../../inspection/inspection.service.js';
import { UnitKind } from '../../hierarchy/hierarchy.enums.js';
import { Position } from '../../people/people.enums.js';
import { VALID_ON } from '../../common/validity.js';
import { BINH_TAN_AREA, DEMO_UNITS } from './city-plan.js';
import { seededRandom, vietnameseName } from './names.js';
import { present } from './present.js';
import { queryRows } from '../../common/queries.js';

const CATEGORIES = [
  'Hạ tầng đô thị',
  'Vệ sinh môi trường',
  'Thủ tục hành chính',
  'Trật tự đô thị',
  'Ngập nước',
  'Tiếng ồn',
];
const CONTENTS = [
  'Đèn đường trong hẻm không sáng nhiều ngày',
  'Rác thải tập kết trái phép tại đầu hẻm',
  'Hồ sơ nộp trực tuyến quá hạn chưa có kết quả',
  'Lấn chiếm vỉa hè buôn bán',
  'Đường ngập sâu sau mưa',
  'Quán karaoke hoạt động sau 22 giờ',
];

/**
 * A few hundred 1022 items over the last two months (most in the wards formed from Bình Tân's; some replied late, some still
 * open past their date, a few rerouted), two inspections (one by camera) with findings in several states, and
 * a discipline case. The items go through the portal import, the rest through the services.
 */
export async function seedDemoFeedback(db: DataSource, services: Services, now: Date): Promise<void> {
  const random = seededRandom(1022);
  const pick = <T>(list: readonly T[]) => present(list[Math.floor(random() * list.length)], 'a unit to pick from');
  const today = cityDayOf(now);
  const binhTanWards = await queryRows<{ id: string; code: string }>(
    db.manager,
    `SELECT u.id, u.code FROM unit u WHERE u.code = ANY($1::text[]) AND ${VALID_ON('u', '$2')} ORDER BY u.code`,
    [BINH_TAN_AREA, today],
  );
  const otherWards = await queryRows<{ code: string }>(
    db.manager,
    `SELECT u.code FROM unit u WHERE u.kind = $1 AND ${VALID_ON('u', '$2')} AND NOT (u.code = ANY($3::text[])) ORDER BY u.code LIMIT 60`,
    [UnitKind.WARD, today, BINH_TAN_AREA],
  );
  const lines = [FEEDBACK_CSV_COLUMNS.join(',')];
  for (let i = 0; i < 300; i += 1) {
    const received = new Date(now.getTime() - Math.floor(random() * 60 * 86_400_000) - 3_600_000);
    const ageDays = (now.getTime() - received.getTime()) / 86_400_000;
    const handled = random();
    const repliedAfterDays = handled < 0.6 ? 1 + random() * 5 : handled < 0.8 ? 8 + random() * 10 : null;
    const replied =
      repliedAfterDays !== null && repliedAfterDays < ageDays
        ? new Date(received.getTime() + repliedAfterDays * 86_400_000)
        : null;
    const unitCode = i < 180 ? pick(binhTanWards).code : pick(otherWards).code;
    const satisfied = replied ? (random() < 0.85 ? 'true' : 'false') : '';
    lines.push(
      [
        `1022-DEMO-${String(i + 1).padStart(5, '0')}`,
        pick(Object.values(FeedbackChannel)),
        pick(CATEGORIES),
        `"${pick(CONTENTS)}"`,
        vietnameseName(random),
        `09${String(Math.floor(random() * 1e8)).padStart(8, '0')}`,
        '',
        received.toISOString(),
        unitCode,
        replied ? 'REPLIED' : 'IN_PROGRESS',
        replied?.toISOString() ?? '',
        satisfied,
      ].join(','),
    );
  }
  await importFeedbackCsv(db, Readable.from([`${lines.join('\n')}\n`]));

  const [noivu]: Array<{ id: string } | undefined> = await db.query(`SELECT id FROM app_user WHERE username = 'noivu'`);
  const [inspector]: Array<{ id: string } | undefined> = await db.query(
    `SELECT id FROM app_user WHERE username = 'kiemtra'`,
  );
  if (!noivu || !inspector) return;
  const homeAffairs: AuthUser = { id: noivu.id, username: 'noivu', roles: [Role.HOME_AFFAIRS], personId: null };
  const inspectorUser: AuthUser = { id: inspector.id, username: 'kiemtra', roles: [Role.INSPECTOR], personId: null };

  // a few items the portal sent to the wrong ward
  const open = await queryRows<{ id: string }>(
    db.manager,
    `SELECT f.id FROM feedback_item f WHERE f.unit_id = $1 AND f.status = $2 ORDER BY f.reference LIMIT 3`,
    [present(binhTanWards[0], 'a ward of Bình Tân').id, FeedbackStatus.IN_PROGRESS],
  );
  for (const item of open)
    await services.feedback.assign(homeAffairs, item.id, {
      unitId: present(binhTanWards[1], 'a second ward of Bình Tân').id,
      reason: AssignmentReason.MISROUTED,
      note: 'Sai địa bàn',
    });

  const bhhaRows = await queryRows<{ id: string }>(
    db.manager,
    `SELECT u.id FROM unit u WHERE u.code = $1 AND ${VALID_ON('u', '$2')}`,
    [DEMO_UNITS.bhha, today],
  );
  const bhha = present(bhhaRows[0], 'Phường Bình Hưng Hoà A');
  /** An inspection by the demo inspector that started `daysAgo` and is concluded, its findings due in `dueIn` days. */
  const concluded = async (
    plan: Pick<InspectionPlan, 'kind' | 'method' | 'unitId'>,
    daysAgo: number,
    conclusion: Omit<Conclusion, 'findings'>,
    findings: Array<{ text: string; dueIn: number }>,
  ) => {
    const inspection = await services.inspections.schedule({
      ...plan,
      startsOn: addDays(today, -daysAgo),
      teamUserIds: [inspector.id],
      leadUserId: inspector.id,
    });
    await services.inspections.conclude(inspectorUser, inspection.id, {
      ...conclusion,
      findings: findings.map(({ text, dueIn }) => ({
        text,
        responsibleUnitId: plan.unitId,
        dueDate: addDays(today, dueIn),
      })),
    });
    return inspection;
  };
  const camera = await concluded(
    { kind: InspectionKind.SURPRISE, method: InspectionMethod.CAMERA, unitId: bhha.id },
    40,
    {
      achievements: 'Bộ phận một cửa tiếp nhận hồ sơ đúng quy trình.',
      shortcomings: 'Công chức rời vị trí trong giờ làm việc; bảng niêm yết thủ tục chưa cập nhật.',
      directions: 'Chấn chỉnh kỷ luật, kỷ cương hành chính; cập nhật niêm yết trong 15 ngày.',
    },
    [
      { text: 'Công chức rời vị trí trong giờ làm việc', dueIn: 10 },
      { text: 'Bảng niêm yết thủ tục hành chính chưa cập nhật', dueIn: 20 },
    ],
  );
  const [canbo]: Array<{ id: string; person_id: string | null } | undefined> = await db.query(
    `SELECT id, person_id FROM app_user WHERE username = 'canbo'`,
  );
  const cameraRows = await queryRows<{ id: string }>(
    db.manager,
    `SELECT id FROM finding WHERE inspection_id = $1 ORDER BY due_date`,
    [camera.id],
  );
  const firstFinding = present(cameraRows[0], 'the camera inspection’s first finding');
  const secondFinding = present(cameraRows[1], 'the camera inspection’s second finding');
  if (canbo) {
    const wardStaff: AuthUser = { id: canbo.id, username: 'canbo', roles: [], personId: canbo.person_id };
    await services.inspections.reportRemediation(
      wardStaff,
      firstFinding.id,
      'Đã tổ chức kiểm điểm, bố trí lịch trực thay thế.',
    );
    await services.inspections.verifyRemediation(inspectorUser, firstFinding.id, true, 'Đã kiểm tra lại qua camera.');
    await services.inspections.reportRemediation(
      wardStaff,
      secondFinding.id,
      'Đã cập nhật bảng niêm yết theo danh mục mới.',
    );
  }
  const onSiteWard = present(binhTanWards.find((ward) => ward.id !== bhha.id) ?? binhTanWards[0], 'a ward of Bình Tân');
  await concluded(
    { kind: InspectionKind.PERIODIC, method: InspectionMethod.ON_SITE, unitId: onSiteWard.id },
    50,
    {
      achievements: 'Giải quyết hồ sơ đất đai đúng hạn.',
      shortcomings: 'Chưa số hoá kết quả giải quyết thủ tục; sổ theo dõi phản ánh không cập nhật.',
      directions: 'Hoàn thành số hoá trong 30 ngày.',
    },
    [
      { text: 'Chưa số hoá kết quả giải quyết thủ tục hành chính', dueIn: -5 },
      { text: 'Sổ theo dõi phản ánh không cập nhật', dueIn: 15 },
    ],
  );
  await services.inspections.escalateOverdue();

  const [staff]: Array<{ person_id: string } | undefined> = await db.query(
    `SELECT a.person_id FROM appointment a WHERE a.unit_id = $1 AND a.position = $2 ORDER BY a.person_id LIMIT 1`,
    [present(binhTanWards.at(-1), 'a ward of Bình Tân').id, Position.STAFF],
  );
  if (staff) {
    await db.manager.save(
      DisciplineCase.create({
        personId: staff.person_id,
        form: DisciplineForm.REPRIMAND,
        openedOn: addDays(today, -45),
        decidedOn: addDays(today, -10),
        note: 'Vi phạm quy định về giờ làm việc',
      }),
    );
  }
}
