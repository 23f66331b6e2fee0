import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EvaluationStatus, PeriodKind, RatingLevel, RuleSetId } from '../../src/evaluation/evaluation.enums.js';
import { FormFormat } from '../../src/forms/forms.enums.js';
import type { FormDocument } from '../../src/forms/document.js';
import { evaluationForm, type EvaluationFormData } from '../../src/forms/evaluation-form.js';
import { render } from '../../src/forms/forms.js';
import { initiativeMinutes } from '../../src/forms/initiative-minutes.js';
import { summaryForm } from '../../src/forms/summary-form.js';
import { InitiativeStatus, Vote } from '../../src/initiative/initiative.enums.js';
import { Position, StaffType } from '../../src/people/people.enums.js';
import { docxText, pdfText, pdftotextAvailability, pdfWordBoxes } from '../support/documents.js';

const pdftotext = pdftotextAvailability();
if (pdftotext.skipReason) console.warn(pdftotext.skipReason);
const describeWithPdftotext = pdftotext.available ? describe : describe.skip;

const VIETNAMESE = 'ă ơ ư đ ệ ữ Ă Ơ Ư Đ Ệ Ữ';

const rated: EvaluationFormData = {
  person: { fullName: 'Trần Thị Ngọc Bích' },
  position: Position.STAFF,
  staffType: StaffType.CONG_CHUC,
  unit: { name: 'Phường Bình Hưng Hoà A', parentName: 'Quận Bình Tân' },
  period: { kind: PeriodKind.YEAR, year: 2026, quarter: null, month: null },
  ruleSet: RuleSetId.ND335,
  split: { general: 30, task: 70 },
  status: EvaluationStatus.APPROVED,
  selfParts: {
    generalScore: 28,
    products: [
      { name: 'Hồ sơ đất đai tháng 3', points: 40 },
      { name: 'Báo cáo quý', points: 30, late: true },
    ],
  },
  selfCriteria: null,
  selfScore: 90.5,
  narrative: `Hoàn thành nhiệm vụ; chữ thử: ${VIETNAMESE}`,
  parts: {
    generalScore: 27,
    products: [
      { name: 'Hồ sơ đất đai tháng 3', points: 40 },
      { name: 'Báo cáo quý', points: 30, late: true },
    ],
  },
  criteria: null,
  score: 84.5,
  level: RatingLevel.GOOD,
  reason: null,
  comment: 'Có tinh thần trách nhiệm, cần khắc phục chậm trễ.',
  collectiveComment: 'Tập thể thống nhất đề nghị mức tốt.',
  partyComment: null,
  explanation: ['Điểm 84,5 → Hoàn thành tốt nhiệm vụ'],
  rater: { fullName: 'Lê Văn Hữu', unitName: 'Phường Bình Hưng Hoà A' },
  approvedOn: '2026-12-20',
};

async function texts(form: FormDocument): Promise<{ pdf: string; docx: string }> {
  const pdf = await render(form, FormFormat.PDF);
  const docx = await render(form, FormFormat.DOCX);
  expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
  expect(docx.body.subarray(0, 2).toString()).toBe('PK');
  return { pdf: pdfText(pdf.body), docx: await docxText(docx.body) };
}

describeWithPdftotext('official forms', () => {
  it('the evaluation form: the parts, both scores, the comments, the level and the places to sign, in PDF and DOCX', async () => {
    const { pdf, docx } = await texts(evaluationForm(rated));
    for (const text of [pdf, docx]) {
      expect(text).toContain('PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC');
      expect(text).toContain('Nghị định số 335/2025/NĐ-CP');
      expect(text).toContain('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(text).toContain('Trần Thị Ngọc Bích');
      expect(text).toContain(VIETNAMESE);
      expect(text).toContain('Báo cáo quý (chậm)');
      expect(text).toContain('90,5');
      expect(text).toContain('84,5');
      expect(text).toContain('Tập thể thống nhất đề nghị mức tốt.');
      expect(text).toContain('Có tinh thần trách nhiệm, cần khắc phục chậm trễ.');
      expect(text).toContain('Kết quả xếp loại chất lượng: Hoàn thành tốt nhiệm vụ');
      expect(text).toContain('NGƯỜI TỰ ĐÁNH GIÁ');
      expect(text).toContain('THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ');
      expect(text).toContain('Lê Văn Hữu');
      expect(text).toContain('ngày 20 tháng 12 năm 2026');
    }
    // the order of the appendix: the self-assessment, the collective, then the competent authority
    expect(pdf.indexOf('I. KẾT QUẢ TỰ ĐÁNH GIÁ')).toBeLessThan(pdf.indexOf('II. Ý KIẾN CỦA TẬP THỂ'));
    expect(pdf.indexOf('II. Ý KIẾN CỦA TẬP THỂ')).toBeLessThan(
      pdf.indexOf('III. NHẬN XÉT, ĐÁNH GIÁ, XẾP LOẠI CỦA CẤP CÓ THẨM QUYỀN'),
    );
  });

  it('a form rendered again comes out word for word in the same places (the layout shared across documents)', async () => {
    const first = await render(evaluationForm(rated), FormFormat.PDF);
    await render(evaluationForm({ ...rated, person: { fullName: 'Người Khác Hẳn' } }), FormFormat.PDF);
    const again = await render(evaluationForm(rated), FormFormat.PDF);
    expect(pdfWordBoxes(again.body)).toBe(pdfWordBoxes(first.body));
    expect(pdfWordBoxes(first.body)).toContain('>Bích</word>');
  });

  it('a letter met inside another in an earlier document (ư in ữ) is still extracted from a later one', async () => {
    await render(evaluationForm({ ...rated, narrative: 'Những ừ ứ ữ ự' }), FormFormat.PDF);
    const later = await render(
      summaryForm({
        unit: { name: 'Phường Bình Hưng Hoà A', parentName: null },
        period: rated.period,
        head: null,
        rows: [],
      }),
      FormFormat.PDF,
    );
    expect(pdfText(later.body)).toContain('Phường Bình Hưng Hoà A');
    expect(pdfText(later.body)).toContain('Tổng số người trong danh sách: 0; chưa có kết quả được phê duyệt: 0.');
  });

  it('the font is embedded, not referenced', async () => {
    const { body } = await render(evaluationForm(rated), FormFormat.PDF);
    const dir = mkdtempSync(join(tmpdir(), 'congvu-pdf-'));
    try {
      writeFileSync(join(dir, 'form.pdf'), body);
      const fonts = execFileSync('pdffonts', [join(dir, 'form.pdf')]).toString();
      expect(fonts).toMatch(/NotoSerif/);
      for (const line of fonts.split('\n').filter((l) => l.includes('NotoSerif')))
        expect(line).toMatch(/\byes\s+yes\b/); // embedded, subset
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('a form not yet rated leaves the rater’s part to be written by hand; a head’s has the Party committee’s', async () => {
    const draft = evaluationForm({
      ...rated,
      status: EvaluationStatus.SELF_ASSESSED,
      position: Position.HEAD,
      staffType: StaffType.CAN_BO,
      partyComment: 'Chi bộ nhất trí.',
    });
    const { pdf } = await texts(draft);
    expect(pdf).toContain('PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÁN BỘ');
    expect(pdf).toContain('III. NHẬN XÉT CỦA CẤP ỦY NƠI CÔNG TÁC');
    expect(pdf).toContain('Chi bộ nhất trí.');
    expect(pdf).toContain('IV. NHẬN XÉT, ĐÁNH GIÁ, XẾP LOẠI CỦA CẤP CÓ THẨM QUYỀN');
    expect(pdf).not.toContain('Hoàn thành tốt nhiệm vụ');
    expect(pdf).not.toContain('84,5');
  });

  it('HCMC’s quarterly form and the ND90_48 form of a public employee', async () => {
    const quarter = await texts(
      evaluationForm({
        ...rated,
        ruleSet: RuleSetId.HCM_QD20,
        period: { kind: PeriodKind.QUARTER, year: 2026, quarter: 3, month: null },
        selfParts: { generalScore: 25, taskScore: 60 },
        parts: { generalScore: 24, taskScore: 58 },
      }),
    );
    expect(quarter.pdf).toContain('Quyết định số 20/2024/QĐ-UBND');
    expect(quarter.pdf).toContain('Quý 3/2026');
    const employee = await texts(
      evaluationForm({
        ...rated,
        staffType: StaffType.VIEN_CHUC,
        ruleSet: RuleSetId.ND90_48,
        selfParts: null,
        parts: null,
        selfScore: null,
        score: null,
        selfCriteria: { tasksOnTimePercent: 100, tasksExceededPercent: 40 },
        criteria: { tasksOnTimePercent: 95.5, tasksExceededPercent: 40 },
      }),
    );
    expect(employee.docx).toContain('PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG VIÊN CHỨC');
    expect(employee.docx).toContain('Nghị định số 90/2020/NĐ-CP');
    expect(employee.docx).toContain('95,5%');
  });

  it('the summary list counts approved results only, by level', async () => {
    const { pdf, docx } = await texts(
      summaryForm({
        unit: { name: 'Phường Bình Hưng Hoà A', parentName: 'Quận Bình Tân' },
        period: { kind: PeriodKind.QUARTER, year: 2026, quarter: 3, month: null },
        head: 'Lê Văn Hữu',
        rows: [
          {
            fullName: 'Lê Văn Hữu',
            position: Position.HEAD,
            staffType: StaffType.CAN_BO,
            unitName: 'Phường Bình Hưng Hoà A',
            score: 91,
            level: RatingLevel.EXCELLENT,
            status: EvaluationStatus.NOTIFIED,
          },
          {
            fullName: 'Trần Thị Ngọc Bích',
            position: Position.STAFF,
            staffType: StaffType.CONG_CHUC,
            unitName: 'Phường Bình Hưng Hoà A',
            score: 84.5,
            level: RatingLevel.GOOD,
            status: EvaluationStatus.APPROVED,
          },
          {
            fullName: 'Phạm Đức Ưng',
            position: Position.STAFF,
            staffType: StaffType.CONG_CHUC,
            unitName: 'Phường Bình Hưng Hoà A',
            score: 70,
            level: RatingLevel.COMPLETED,
            status: EvaluationStatus.REVIEWED,
          },
        ],
      }),
    );
    for (const text of [pdf, docx]) {
      expect(text).toContain('DANH SÁCH TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG');
      expect(text).toContain('Phạm Đức Ưng');
      expect(text).toContain('Chờ phê duyệt');
      expect(text).toContain('Tổng số đã phê duyệt');
      expect(text).toContain('50%');
    }
  });

  it('the review minutes: members, scores, votes, the tally and the conclusion', async () => {
    const { pdf, docx } = await texts(
      initiativeMinutes({
        title: 'Số hoá hồ sơ đất đai',
        unitName: 'Phường Bình Hưng Hoà A',
        proposers: ['Trần Thị Ngọc Bích'],
        problem: 'Hồ sơ giấy thất lạc',
        content: 'Quét và lập chỉ mục',
        expectedImpact: 'Giảm thời gian tra cứu',
        round: 1,
        submittedOn: '2026-03-02',
        reviewDueOn: '2026-03-11',
        recordedOn: '2026-03-12',
        outcome: InitiativeStatus.RECOMMENDED,
        resultExplanation: '2/3 thành viên tán thành',
        rubricMax: 10,
        chair: 'Nguyễn Văn Chủ',
        members: [
          {
            name: 'Nguyễn Văn Chủ',
            chair: true,
            vote: { novelty: 8, feasibility: 9, impact: 7, scope: 6, vote: Vote.APPROVE, comment: 'Rất khả thi' },
          },
          {
            name: 'Đỗ Thị Ưu',
            chair: false,
            vote: { novelty: 5, feasibility: 5, impact: 5, scope: 5, vote: Vote.REJECT, comment: null },
          },
          { name: 'Vũ Văn Vắng', chair: false, vote: null },
        ],
        recused: ['Hồ Sỹ Liên'],
      }),
    );
    for (const text of [pdf, docx]) {
      expect(text).toContain('BIÊN BẢN THẨM ĐỊNH SÁNG KIẾN');
      expect(text).toContain('Số hoá hồ sơ đất đai');
      expect(text).toContain('Rất khả thi');
      expect(text).toContain('1 tán thành, 1 không tán thành, 0 không biểu quyết; 1 thành viên vắng');
      expect(text).toContain('Điểm bình quân: 25');
      expect(text).toContain('Hồ Sỹ Liên');
      expect(text).toContain('TỔ TRƯỞNG TỔ THẨM ĐỊNH');
    }
  });
});
