import type { DataSource } from 'typeorm';
import type { AuthUser } from '../../auth/auth-user.js';
import { Role } from '../../auth/auth.enums.js';
import type { Services } from '../../context.js';
import { InitiativeStatus, Vote } from '../../initiative/initiative.enums.js';
import { BoardMember } from '../../initiative/board-member.entity.js';
import { VALID_ON } from '../../common/validity.js';
import { DEMO_UNITS } from './city-plan.js';
import { missing, present } from './present.js';

/** The board: the chair (thamdinh, Sở Tư pháp) and four members, each for a department. */
const BOARD: Array<[username: string, departmentCode: string, chair: boolean]> = [
  ['thamdinh', 'STP', true],
  ['thamdinh2', 'SXD', false],
  ['thamdinh3', 'STC', false],
  ['thamdinh4', 'SKHCN', false],
  ['thamdinh5', 'SYT', false],
];

const TITLES: Array<[string, InitiativeStatus]> = [
  ['Bản đồ số hẻm nhỏ phục vụ phòng cháy chữa cháy', InitiativeStatus.DRAFT],
  ['Trả kết quả thủ tục hành chính tại nhà cho người cao tuổi', InitiativeStatus.SUBMITTED],
  ['Tổ công nghệ số cộng đồng hỗ trợ dịch vụ công trực tuyến', InitiativeStatus.UNDER_REVIEW],
  ['Sổ tay điện tử hướng dẫn thủ tục đất đai', InitiativeStatus.RETURNED],
  ['Kiosk tra cứu hồ sơ tại khu phố', InitiativeStatus.RECOMMENDED],
  ['Nhóm Zalo tiếp nhận phản ánh theo tổ dân phố', InitiativeStatus.NOT_RECOMMENDED],
  ['Lịch tiếp dân buổi tối cho người lao động', InitiativeStatus.APPROVED],
  ['Thu phí vỉa hè bằng mã QR', InitiativeStatus.REJECTED],
  ['Số hoá hồ sơ hộ tịch từ năm 1975', InitiativeStatus.IMPLEMENTING],
  ['Chấm điểm hài lòng tại quầy một cửa', InitiativeStatus.REPORTED],
  ['Liên thông cấp phép xây dựng nhà ở riêng lẻ', InitiativeStatus.COMPLETED],
  ['Phần mềm nhắc hạn xử lý phản ánh 1022', InitiativeStatus.NOT_COMPLETED],
];

/**
 * A board of five and an initiative of Phường Bình Hưng Hòa in every state; the submitted one waits for
 * every member's vote. Everything goes through the service, as the users would.
 */
export async function seedDemoInitiatives(
  db: DataSource,
  services: Services,
  passwordHash: string,
  today: string,
): Promise<void> {
  const users = new Map<string, AuthUser>();
  for (const [username, code, chair] of BOARD) {
    await db.query(
      `INSERT INTO app_user (username, password_hash, roles) VALUES ($1, $2, '{BOARD_MEMBER}') ON CONFLICT (username) DO NOTHING`,
      [username, passwordHash],
    );
    const [user = missing('a board member’s account')]: Array<{ id: string; person_id: string | null }> =
      await db.query(`SELECT id, person_id FROM app_user WHERE username = $1`, [username]);
    const [unit = missing('a board member’s unit')]: Array<{ id: string }> = await db.query(
      `SELECT u.id FROM unit u WHERE u.code = $1 AND ${VALID_ON('u', '$2')}`,
      [code, today],
    );
    await db.manager.save(
      BoardMember.create({
        userId: user.id,
        unitId: unit.id,
        chair,
        validity: { validFrom: '2020-01-01', validTo: null },
      }),
    );
    users.set(username, { id: user.id, username, roles: [Role.BOARD_MEMBER], personId: user.person_id });
  }
  // the demo's ward officer, a person of the ward (the initiatives' proposer)
  const [canbo = missing('canbo, a person of the ward')]: Array<{ id: string; person_id: string }> = await db.query(
    `SELECT id, person_id FROM app_user WHERE username = 'canbo' AND person_id IS NOT NULL`,
  );
  const [chutich = missing('chutich')]: Array<{ id: string; person_id: string | null }> = await db.query(
    `SELECT id, person_id FROM app_user WHERE username = 'chutich'`,
  );
  const [bhha = missing('Phường Bình Hưng Hoà A')]: Array<{ id: string }> = await db.query(
    `SELECT u.id FROM unit u WHERE u.code = $1 AND ${VALID_ON('u', '$2')}`,
    [DEMO_UNITS.bhha, today],
  );
  const proposer: AuthUser = { id: canbo.id, username: 'canbo', roles: [], personId: canbo.person_id };
  const leader: AuthUser = {
    id: chutich.id,
    username: 'chutich',
    roles: [Role.CITY_LEADER],
    personId: chutich.person_id,
  };
  const member = (username: string) => users.get(username) as AuthUser;
  const allVote = async (id: string, votes: Vote[]) => {
    for (const [index, vote] of votes.entries()) {
      await services.initiatives.vote(member(present(BOARD[index], 'a board member')[0]), id, {
        novelty: 6 + index,
        feasibility: 7,
        impact: 8,
        scope: 6,
        vote,
        comment: 'Ý kiến thẩm định',
      });
    }
  };

  for (const [title, target] of TITLES) {
    const initiative = await services.initiatives.register(proposer, {
      title,
      problem: 'Người dân phải đi lại nhiều lần, hồ sơ chậm do quy trình thủ công.',
      content: `${title}: quy trình mới do phường đề xuất và thí điểm.`,
      scope: 'Phường Bình Hưng Hòa',
      timeline: '6 tháng',
      resources: 'Nhân lực hiện có của phường, kinh phí tiết kiệm chi thường xuyên.',
      feasibility: 'Đã thí điểm tại một khu phố.',
      expectedImpact: 'Giảm thời gian đi lại và thời gian giải quyết hồ sơ.',
      unitId: bhha.id,
      proposerIds: [canbo.person_id],
    });
    if (target === InitiativeStatus.DRAFT) continue;
    await services.initiatives.submit(proposer, initiative.id);
    if (target === InitiativeStatus.SUBMITTED) continue;
    if (target === InitiativeStatus.RETURNED) {
      await services.initiatives.returnForRevision(
        member('thamdinh'),
        initiative.id,
        'Bổ sung dự toán kinh phí và chỉ tiêu đánh giá.',
      );
      continue;
    }
    if (target === InitiativeStatus.UNDER_REVIEW) {
      await allVote(initiative.id, [Vote.APPROVE, Vote.APPROVE]);
      continue;
    }
    if (target === InitiativeStatus.NOT_RECOMMENDED) {
      await allVote(initiative.id, [Vote.REJECT, Vote.REJECT, Vote.APPROVE, Vote.REJECT, Vote.ABSTAIN]);
      continue;
    }
    await allVote(initiative.id, [Vote.APPROVE, Vote.APPROVE, Vote.APPROVE, Vote.REJECT, Vote.ABSTAIN]);
    if (target === InitiativeStatus.RECOMMENDED) continue;
    await services.initiatives.decide(leader, initiative.id, target !== InitiativeStatus.REJECTED, null);
    if (target === InitiativeStatus.APPROVED || target === InitiativeStatus.REJECTED) continue;
    await services.initiatives.start(proposer, initiative.id);
    if (target === InitiativeStatus.IMPLEMENTING) continue;
    await services.initiatives.reportResult(
      proposer,
      initiative.id,
      'Đã triển khai toàn phường; số lượt đi lại giảm một nửa.',
      today,
    );
    if (target === InitiativeStatus.REPORTED) continue;
    await services.initiatives.evaluateResult(
      member('thamdinh'),
      initiative.id,
      target === InitiativeStatus.COMPLETED,
      'Đánh giá của Tổ thẩm định',
    );
  }
}
