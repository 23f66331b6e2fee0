import type { EntityManager } from 'typeorm';
import { formatDay } from '../src/common/dates.js';
import { evaluationTitles } from '../src/evaluation/evaluation.queries.js';
import { periodName } from '../src/evaluation/period.rules.js';
import type { PeriodKind } from '../src/evaluation/evaluation.enums.js';
import { UnitKind } from '../src/hierarchy/hierarchy.enums.js';
import { lastParentsOf, parentsOn } from '../src/hierarchy/tree.queries.js';
import { INSPECTION_KIND_LABELS_VI, type InspectionKind } from '../src/inspection/inspection.enums.js';
import { disciplineCasePersons } from '../src/inspection/inspection.queries.js';

type Params = Record<string, unknown>;

/**
 * A title for records that have no name of their own, or whose name alone is ambiguous, shown instead of their
 * ids wherever they are referred to (columns, pickers, breadcrumbs, page titles): the resource declares
 * `titleProperty` equal to `property` and PolicyResource fills it in on every record it reads.
 */
export interface Title {
  /** The virtual property the title is written to. */
  property: string;
  /** What a page of records needs beyond their own columns, read in one statement for the whole page. */
  load?: (em: EntityManager, ids: string[], day: string) => Promise<Map<string, string>>;
  /** The title of a record, from its own values and what `load` read (by the record's id). */
  of: (params: Params, loaded: Map<string, string>) => string;
  /** The column a reference picker's search text is matched against. */
  searched?: string;
}

/**
 * The parent of each unit on the day — a unit closed by then, the parent it had on its last day ("Phường Bình Hưng
 * Hoà A — Quận Bình Tân") —, unless it is the city itself (every district's parent).
 */
async function unitParents(em: EntityManager, ids: string[], day: string): Promise<Map<string, string>> {
  const parents = await parentsOn(em, ids, day);
  const closed = ids.filter((id) => !parents.has(id));
  if (closed.length > 0) for (const [id, parent] of await lastParentsOf(em, closed)) parents.set(id, parent);
  return new Map(
    [...parents].filter(([, parent]) => parent.kind !== UnitKind.CITY).map(([id, parent]) => [id, parent.name]),
  );
}

export const TITLES: Readonly<Record<string, Title>> = {
  EvaluationPeriod: {
    property: 'name',
    of: (p) =>
      periodName({
        kind: p.kind as PeriodKind,
        year: Number(p.year),
        quarter: p.quarter === null ? null : Number(p.quarter),
        month: p.month === null ? null : Number(p.month),
      }),
  },
  Inspection: {
    property: 'name',
    of: (p) =>
      `${INSPECTION_KIND_LABELS_VI[p.kind as InspectionKind] ?? p.kind} ${p.startsOn ? formatDay(String(p.startsOn)) : ''}`.trim(),
  },
  /** "Nguyễn Văn A — Quý 4/2026" */
  Evaluation: {
    property: 'name',
    load: (em, ids) => evaluationTitles(em, ids),
    of: (p, loaded) => loaded.get(String(p.id)) ?? '',
  },
  /** "Nguyễn Văn A — từ 02/11/2026" */
  DisciplineCase: {
    property: 'name',
    load: (em, ids) => disciplineCasePersons(em, ids),
    of: (p, persons) => `${persons.get(String(p.id)) ?? ''} — từ ${formatDay(String(p.openedOn ?? ''))}`,
  },
  /** "Phường 01 — Quận 3": eleven wards are called "Phường 01". */
  Unit: {
    property: 'nameWithParent',
    load: unitParents,
    of: (p, parents) => {
      const parent = parents.get(String(p.id));
      return parent ? `${String(p.name)} — ${parent}` : String(p.name);
    },
    searched: 'name',
  },
};
