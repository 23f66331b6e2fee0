import type { FieldProblem } from '../common/errors.js';
import { isEnumValue } from '../common/enum-value.js';
import { StepKind } from './hierarchy.enums.js';
import type { StepPayload } from './plan-step.entity.js';
import { UnitKind } from './hierarchy.enums.js';

/** A unit as the act establishes it (the shape of the units files). */
export interface ActUnit {
  code: string;
  name: string;
  kind: UnitKind;
  typeVi: string;
  parentCode: string | null;
}

/** One row of a mapping file: an old unit (as of the day before) → a new one; `part` when the old one was split. */
export interface MappingRow {
  oldCode: string;
  oldName: string;
  newCode: string;
  part: boolean;
}

/** What a mapping does not say: the levels the act abolishes, and whether units no row maps to are created. */
export interface MappingOptions {
  abolish?: UnitKind[];
  createUnmapped?: boolean;
}

/**
 * The steps a mapping stands for (units of the act that no row maps to are left as they are, or created when
 * `createUnmapped`: formed only from units outside the data), in the order they are written (the plan's phases, not this order, decide
 * what is applied first):
 * - a new unit whose code and name an old unit had, taken whole, is that unit continuing (moved under the
 *   act's parent if that differs); one with the code but another name is a RENAME; any other is a CREATE;
 * - the other old units taken whole MERGE into it;
 * - an old unit with `part` rows (and no whole one) is a SPLIT among them, its people going to the first part unless the plan
 *   names another successor for a person (`defaultSuccessor`: the demo's fixed rule).
 */
export function stepsFromMapping(
  units: readonly ActUnit[],
  rows: readonly MappingRow[],
  options: MappingOptions = {},
): StepPayload[] {
  const byNew = new Map<string, MappingRow[]>();
  for (const row of rows) byNew.set(row.newCode, [...(byNew.get(row.newCode) ?? []), row]);
  const unitOf = new Map(units.map((unit) => [unit.code, unit]));
  const steps: StepPayload[] = [];
  for (const [newCode, sources] of byNew) {
    const unit = unitOf.get(newCode);
    if (!unit) continue;
    const namesake = sources.find((row) => !row.part && row.oldCode === newCode);
    if (namesake && namesake.oldName.replace(/\s+/g, ' ') === unit.name) {
      if (unit.parentCode) steps.push({ kind: StepKind.MOVE, code: newCode, parentCode: unit.parentCode });
    } else if (namesake) {
      steps.push({ kind: StepKind.RENAME, code: newCode, name: unit.name, typeVi: unit.typeVi });
      if (unit.parentCode) steps.push({ kind: StepKind.MOVE, code: newCode, parentCode: unit.parentCode });
    } else {
      steps.push({
        kind: StepKind.CREATE,
        code: newCode,
        name: unit.name,
        unitKind: unit.kind,
        typeVi: unit.typeVi,
        parentCode: unit.parentCode,
      });
    }
    const merged = sources.filter((row) => !row.part && row.oldCode !== newCode).map((row) => row.oldCode);
    if (merged.length > 0) steps.push({ kind: StepKind.MERGE, sources: [...new Set(merged)], target: newCode });
  }
  if (options.createUnmapped) {
    for (const unit of units) {
      if (!byNew.has(unit.code))
        steps.push({
          kind: StepKind.CREATE,
          code: unit.code,
          name: unit.name,
          unitKind: unit.kind,
          typeVi: unit.typeVi,
          parentCode: unit.parentCode,
        });
    }
  }
  // a unit that also continues whole (an agency handing over some tasks) is not split
  const continuing = new Set(rows.filter((row) => !row.part).map((row) => row.oldCode));
  const splits = new Map<string, string[]>();
  for (const row of rows)
    if (row.part && !continuing.has(row.oldCode))
      splits.set(row.oldCode, [...new Set([...(splits.get(row.oldCode) ?? []), row.newCode])]);
  for (const [source, parts] of splits)
    steps.push({ kind: StepKind.SPLIT, source, parts, defaultSuccessor: parts[0] ?? null });
  for (const unitKind of options.abolish ?? []) steps.push({ kind: StepKind.ABOLISH_LEVEL, unitKind });
  return steps;
}

/** A step's shape, before any unit is looked up: each problem names its field. */
export function stepShapeProblems(step: StepPayload, index: number): FieldProblem[] {
  const field = (name: string) => `steps[${String(index)}].${name}`;
  const blank = (value: unknown) => typeof value !== 'string' || value.trim() === '';
  const problems: FieldProblem[] = [];
  switch (step.kind) {
    case StepKind.CREATE:
      if (blank(step.code)) problems.push({ field: field('code'), message: 'cần mã đơn vị' });
      if (blank(step.name)) problems.push({ field: field('name'), message: 'cần tên đơn vị' });
      break;
    case StepKind.RENAME:
      if (blank(step.code)) problems.push({ field: field('code'), message: 'cần mã đơn vị' });
      if (blank(step.name)) problems.push({ field: field('name'), message: 'cần tên mới' });
      break;
    case StepKind.MOVE:
      if (blank(step.code) || blank(step.parentCode))
        problems.push({ field: field('parentCode'), message: 'cần mã đơn vị và mã đơn vị cấp trên mới' });
      else if (step.code === step.parentCode)
        problems.push({ field: field('parentCode'), message: 'đơn vị không thể trực thuộc chính nó' });
      break;
    case StepKind.MERGE:
      if (!Array.isArray(step.sources) || step.sources.length === 0)
        problems.push({ field: field('sources'), message: 'cần ít nhất một đơn vị được hợp nhất' });
      else if (step.sources.includes(step.target))
        problems.push({ field: field('target'), message: 'đơn vị nhận không thể đồng thời là đơn vị được hợp nhất' });
      break;
    case StepKind.SPLIT: {
      if (!Array.isArray(step.parts) || step.parts.length < 2)
        problems.push({ field: field('parts'), message: 'chia tách cần ít nhất hai đơn vị nhận' });
      const parts = new Set(Array.isArray(step.parts) ? step.parts : []);
      if (step.defaultSuccessor && !parts.has(step.defaultSuccessor))
        problems.push({
          field: field('defaultSuccessor'),
          message: 'đơn vị nhận mặc định phải là một trong các đơn vị nhận',
        });
      for (const [personId, code] of Object.entries(step.people ?? {})) {
        if (!parts.has(code))
          problems.push({
            field: field(`people.${personId}`),
            message: `${code} không phải là đơn vị nhận của ${step.source}`,
          });
      }
      break;
    }
    case StepKind.ABOLISH_LEVEL:
      // the city is the root every other level hangs from: it cannot be abolished
      if (!isEnumValue(UnitKind, step.unitKind) || step.unitKind === UnitKind.CITY)
        problems.push({ field: field('unitKind'), message: 'cấp không hợp lệ hoặc không thể bãi bỏ' });
      break;
    case StepKind.MERGE_PROVINCE:
      break;
    default:
      problems.push({ field: field('kind'), message: 'loại bước không hợp lệ' });
  }
  return problems;
}
