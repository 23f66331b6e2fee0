import { formatNumber } from '../evaluation/levels.js';
import { INITIATIVE_STATUS_LABELS_VI, InitiativeStatus, Vote, VOTE_LABELS_VI } from '../initiative/initiative.enums.js';
import { dateLine, fileSlug, NATIONAL_MOTTO, type FormDocument } from './document.js';

export interface MinutesVote {
  novelty: number;
  feasibility: number;
  impact: number;
  scope: number;
  vote: Vote;
  comment: string | null;
}

/** What the board's review minutes of an initiative are filled from: one recorded round. */
export interface InitiativeMinutesData {
  title: string;
  unitName: string;
  proposers: string[];
  problem: string;
  content: string;
  expectedImpact: string;
  round: number;
  submittedOn: string;
  reviewDueOn: string | null;
  recordedOn: string | null;
  outcome: InitiativeStatus;
  resultExplanation: string | null;
  rubricMax: number;
  chair: string | null;
  /** the eligible members, the chair first; `vote` null for a member who did not vote */
  members: Array<{ name: string; chair: boolean; vote: MinutesVote | null }>;
  recused: string[];
}

const day = (value: string | null) => (value ? value.split('-').reverse().join('/') : '');

/** Biên bản thẩm định sáng kiến: who sat, the initiative, each member's scores and vote, the tally, the conclusion. */
export function initiativeMinutes(data: InitiativeMinutesData): FormDocument {
  const voted = data.members.filter((member) => member.vote);
  const tally = (vote: Vote) => voted.filter((member) => member.vote?.vote === vote).length;
  const total = (v: MinutesVote) => v.novelty + v.feasibility + v.impact + v.scope;
  const average =
    voted.length === 0
      ? null
      : voted.reduce((sum, member) => sum + total(member.vote as MinutesVote), 0) / voted.length;
  return {
    name: fileSlug('bien-ban-tham-dinh', data.title, `vong-${String(data.round)}`),
    title: `Biên bản thẩm định sáng kiến — ${data.title}`,
    blocks: [
      {
        kind: 'letterhead',
        left: ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH', 'TỔ THẨM ĐỊNH SÁNG KIẾN'],
        right: NATIONAL_MOTTO,
      },
      { kind: 'title', lines: ['BIÊN BẢN THẨM ĐỊNH SÁNG KIẾN'], notes: [`Vòng thẩm định thứ ${String(data.round)}`] },
      {
        kind: 'fields',
        rows: [
          ['Tên sáng kiến', data.title],
          ['Đơn vị đề xuất', data.unitName],
          ['Tác giả', data.proposers.join(', ')],
          ['Ngày gửi thẩm định', day(data.submittedOn)],
          ['Thời hạn thẩm định', day(data.reviewDueOn)],
        ],
      },
      { kind: 'heading', text: 'I. THÀNH PHẦN TỔ THẨM ĐỊNH' },
      ...data.members.map((member, i) => ({
        kind: 'paragraph' as const,
        text: `${String(i + 1)}. ${member.name}${member.chair ? ' — Tổ trưởng' : ' — Thành viên'}${member.vote ? '' : ' (không tham gia biểu quyết)'}`,
      })),
      ...(data.recused.length > 0
        ? [
            {
              kind: 'paragraph' as const,
              text: `Không tham gia thẩm định (đơn vị liên quan): ${data.recused.join(', ')}.`,
              italic: true,
            },
          ]
        : []),
      { kind: 'heading', text: 'II. NỘI DUNG SÁNG KIẾN' },
      { kind: 'paragraph', text: `Vấn đề cần giải quyết: ${data.problem}` },
      { kind: 'paragraph', text: `Nội dung: ${data.content}` },
      { kind: 'paragraph', text: `Hiệu quả dự kiến: ${data.expectedImpact}` },
      { kind: 'heading', text: 'III. KẾT QUẢ CHẤM ĐIỂM VÀ BIỂU QUYẾT' },
      {
        kind: 'table',
        columns: [
          { header: 'Thành viên', width: 0.22 },
          { header: 'Tính mới', width: 0.09, align: 'center' },
          { header: 'Khả thi', width: 0.09, align: 'center' },
          { header: 'Tác động', width: 0.09, align: 'center' },
          { header: 'Phạm vi', width: 0.09, align: 'center' },
          { header: 'Tổng', width: 0.08, align: 'center' },
          { header: 'Biểu quyết', width: 0.14 },
          { header: 'Ý kiến', width: 0.2 },
        ],
        rows: voted.map(({ name, vote }) => {
          const v = vote as MinutesVote;
          return [
            name,
            String(v.novelty),
            String(v.feasibility),
            String(v.impact),
            String(v.scope),
            String(total(v)),
            VOTE_LABELS_VI[v.vote],
            v.comment ?? '',
          ];
        }),
      },
      {
        kind: 'paragraph',
        text: `Mỗi tiêu chí tối đa ${String(data.rubricMax)} điểm. Điểm bình quân: ${average === null ? '' : formatNumber(Math.round(average * 100) / 100)}.`,
      },
      {
        kind: 'paragraph',
        text: `Biểu quyết: ${String(tally(Vote.APPROVE))} tán thành, ${String(tally(Vote.REJECT))} không tán thành, ${String(tally(Vote.ABSTAIN))} không biểu quyết; ${String(data.members.length - voted.length)} thành viên vắng.`,
      },
      { kind: 'heading', text: 'IV. KẾT LUẬN' },
      {
        kind: 'paragraph',
        text: `Tổ thẩm định ${data.outcome === InitiativeStatus.RECOMMENDED ? 'đề nghị' : 'không đề nghị'} Chủ tịch Ủy ban nhân dân Thành phố phê duyệt sáng kiến (${INITIATIVE_STATUS_LABELS_VI[data.outcome]}).`,
        bold: true,
      },
      ...(data.resultExplanation ? [{ kind: 'paragraph' as const, text: data.resultExplanation, italic: true }] : []),
      {
        kind: 'signatures',
        dateLine: dateLine(data.recordedOn),
        slots: [{ title: 'THƯ KÝ' }, { title: 'TỔ TRƯỞNG TỔ THẨM ĐỊNH', name: data.chair }],
      },
    ],
  };
}
