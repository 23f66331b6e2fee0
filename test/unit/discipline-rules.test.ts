import { describe, expect, it } from '@jest/globals';
import { DisciplineForm } from '../../src/inspection/inspection.enums.js';
import { disciplineDeadline, disciplineFormProblems } from '../../src/inspection/discipline.rules.js';

describe('discipline (R26)', () => {
  it('accepts only the forms of Decree 172/2025 for decisions from 1 July 2025', () => {
    expect(disciplineFormProblems(DisciplineForm.DEMOTION, '2025-06-30')).toEqual([]);
    expect(disciplineFormProblems(DisciplineForm.DEMOTION, '2025-07-01').map((p) => p.field)).toEqual(['form']);
    expect(disciplineFormProblems(DisciplineForm.SALARY_STEP_REDUCTION, '2026-03-01').map((p) => p.field)).toEqual([
      'form',
    ]);
    expect(disciplineFormProblems(DisciplineForm.REPRIMAND, '2026-03-01')).toEqual([]);
    expect(disciplineFormProblems(DisciplineForm.WARNING, null).map((p) => p.field)).toEqual(['decidedOn']);
  });

  it('gives 90 days, 150 when extended, and stops the clock while deferred', () => {
    expect(disciplineDeadline('2026-01-01', false, [], '2026-01-10')).toBe('2026-04-01');
    expect(disciplineDeadline('2026-01-01', true, [], '2026-01-10')).toBe('2026-05-31');
    expect(
      disciplineDeadline('2026-01-01', false, [{ validFrom: '2026-02-01', validTo: '2026-02-11' }], '2026-03-01'),
    ).toBe('2026-04-11');
    expect(disciplineDeadline('2026-01-01', false, [{ validFrom: '2026-02-01', validTo: null }], '2026-02-05')).toBe(
      '2026-04-06',
    );
  });
});
