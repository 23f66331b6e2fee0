import { EvaluationStatus, PeriodKind, RatingLevel, RuleSetId } from '../evaluation/evaluation.enums.js';
import { FormFormat } from '../forms/forms.enums.js';
import { evaluationForm, type EvaluationFormData } from '../forms/evaluation-form.js';
import { render } from '../forms/forms.js';
import { Position, StaffType } from '../people/people.enums.js';

/**
 * `npm run bench:forms [-- COUNT]`: renders COUNT (1,000) different filled evaluation forms to PDF, then to DOCX,
 * one after another in one process as a bulk print would, and reports the time and the peak memory. The
 * database read behind a form is one single-row statement; this measures the rendering.
 */
const count = Number(process.argv[2] ?? 1_000);
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const GIVEN = ['Văn Hữu', 'Thị Ngọc Bích', 'Đức Ưng', 'Thị Diệu Hiền', 'Quốc Việt', 'Minh Đức', 'Thị Thuỷ', 'Ngọc Ẩn'];

function form(i: number): EvaluationFormData {
  const products = Array.from({ length: 3 + (i % 5) }, (_, n) => ({
    name: `Sản phẩm ${String(n + 1)}: hồ sơ, báo cáo tháng ${String((n % 12) + 1)} của đơn vị`,
    points: 10,
    late: n === 1,
  }));
  return {
    person: { fullName: `${FAMILY[i % FAMILY.length]} ${GIVEN[i % GIVEN.length]} ${String(i)}` },
    position: i % 10 === 0 ? Position.HEAD : Position.STAFF,
    staffType: [StaffType.CONG_CHUC, StaffType.CAN_BO, StaffType.VIEN_CHUC].at(i % 3) ?? StaffType.CONG_CHUC,
    unit: { name: `Phường ${String((i % 273) + 1)}`, parentName: 'Thành phố Hồ Chí Minh' },
    period: { kind: PeriodKind.YEAR, year: 2026, quarter: null, month: null },
    ruleSet: RuleSetId.ND335,
    split: { general: 30, task: 70 },
    status: EvaluationStatus.APPROVED,
    selfParts: { generalScore: 28, products },
    selfCriteria: null,
    selfScore: 90 + (i % 10) / 2,
    narrative:
      'Hoàn thành đầy đủ chức trách, nhiệm vụ được giao; chấp hành nghiêm kỷ luật, kỷ cương hành chính. '.repeat(3),
    parts: { generalScore: 27, products },
    criteria: null,
    score: 85 + (i % 10) / 2,
    level: RatingLevel.GOOD,
    reason: null,
    comment: 'Có tinh thần trách nhiệm, chủ động trong công việc; cần khắc phục việc chậm tiến độ báo cáo.',
    collectiveComment: 'Tập thể thống nhất đề nghị xếp loại hoàn thành tốt nhiệm vụ.',
    partyComment: i % 10 === 0 ? 'Chi bộ nhất trí.' : null,
    explanation: ['Điểm tiêu chí chung 27/30', 'Kết quả thực hiện nhiệm vụ 58/70', 'Tổng 85 → Hoàn thành tốt nhiệm vụ'],
    rater: { fullName: 'Lê Văn Thủ Trưởng', unitName: `Phường ${String((i % 273) + 1)}` },
    approvedOn: '2026-12-20',
  };
}

async function measure(format: FormFormat): Promise<void> {
  let bytes = 0;
  let peak = process.memoryUsage().rss;
  const started = performance.now();
  for (let i = 0; i < count; i += 1) {
    bytes += (await render(evaluationForm(form(i)), format)).body.length;
    if (i % 50 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `  ${String(count)} ${format} forms: ${seconds.toFixed(1)} s (${((seconds * 1000) / count).toFixed(1)} ms each), ${(bytes / count / 1024).toFixed(0)} KiB each, peak RSS ${(peak / 2 ** 20).toFixed(0)} MiB`,
  );
}

console.log(`congvu bench: official forms (${String(count)} evaluation forms, target for PDF: 1,000 under 60 s)`);
await measure(FormFormat.PDF);
await measure(FormFormat.DOCX);
