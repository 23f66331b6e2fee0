import type { FieldProblem } from '../common/errors.js';
import { addDays } from '../common/dates.js';
import type { Validity } from '../common/validity.js';
import { DISCIPLINE_FORM_LABELS_VI, DisciplineForm } from './inspection.enums.js';

/** Decree 172/2025 applies to decisions from 1 July 2025: salary-step reduction and demotion are gone. */
export const DECREE_172_FROM = '2025-07-01';
const FORMS_BEFORE_172 = Object.values(DisciplineForm);
const FORMS_FROM_172 = [
  DisciplineForm.REPRIMAND,
  DisciplineForm.WARNING,
  DisciplineForm.REMOVAL_FROM_OFFICE,
  DisciplineForm.DISMISSAL,
];

/** R26: the form must be one that the law in force on the decision date provides. */
export function disciplineFormProblems(form: DisciplineForm | null, decidedOn: string | null): FieldProblem[] {
  if (!form && !decidedOn) return [];
  if (!form || !decidedOn)
    return [{ field: form ? 'decidedOn' : 'form', message: 'quyết định kỷ luật cần cả hình thức và ngày quyết định' }];
  const allowed = decidedOn >= DECREE_172_FROM ? FORMS_FROM_172 : FORMS_BEFORE_172;
  return allowed.includes(form)
    ? []
    : [
        {
          field: 'form',
          message: `${DISCIPLINE_FORM_LABELS_VI[form]} không còn áp dụng cho quyết định từ ngày ${DECREE_172_FROM} (Nghị định 172/2025)`,
        },
      ];
}

/**
 * R26: decided within 90 days of opening (150 when extended), calendar days, the clock paused while the case is
 * deferred. An open deferral pauses it until `today`.
 */
export function disciplineDeadline(
  openedOn: string,
  extended: boolean,
  deferrals: readonly Validity[],
  today: string,
): string {
  const paused = deferrals.reduce((days, deferral) => {
    const end = deferral.validTo ?? addDays(today, 1);
    const length = (Date.parse(end) - Date.parse(deferral.validFrom)) / 86_400_000;
    return days + Math.max(0, length);
  }, 0);
  return addDays(openedOn, (extended ? 150 : 90) + paused);
}
