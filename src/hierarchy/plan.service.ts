import type { DataSource, EntityManager } from 'typeorm';
import { addDays, cityDayOf } from '../common/dates.js';
import { inTransaction } from '../common/transaction.js';
import { BadInputError, InvalidStateError, type FieldProblem } from '../common/errors.js';
import { findOrNotFound } from '../common/find.js';
import { affectedRows, queryOneOrNotFound, queryRows } from '../common/queries.js';
import type { Clock } from '../context.js';
import { AssignmentReason, HANDLED_STATUSES } from '../feedback/feedback.enums.js';
import { REMEDYING } from '../inspection/inspection.enums.js';
import { InitiativeStatus } from '../initiative/initiative.enums.js';
import { Position } from '../people/people.enums.js';
import { PeriodStatus } from '../evaluation/evaluation.enums.js';
import type { OrganisationChanged } from './hierarchy.service.js';
import { PlanStatus, StepKind, UnitKind } from './hierarchy.enums.js';
import { PlanStep, type StepPayload } from './plan-step.entity.js';
import { ReorganisationPlan } from './reorganisation-plan.entity.js';
import { parseActUnits, parseMapping } from './plan-csv.js';
import { stepShapeProblems, stepsFromMapping, type MappingOptions } from './plan.rules.js';
import {
  childLinksOn,
  countValidOn,
  duePlans,
  lastStepOrdinal,
  listPlans,
  openFeedbackIn,
  stepsOf,
  unitNames,
  unitsByCode,
  unitsEndedBy,
  unitsLosingParent,
  unitsOfKindsOn,
  unitsUnderThemselves,
  type UnitRow,
} from './plan.queries.js';
import { parentsOn, UNIT_LABEL } from './tree.queries.js';

const PLAN = ['kế hoạch sắp xếp', 'ReorganisationPlan'] as const;

/** Hierarchy changes serialise on the same lock as moves and merges. */
const HIERARCHY_LOCK = 7_910_001;

/** Initiatives still in the unit's hands (the others keep the unit that carried them). */
const LIVE_INITIATIVES = [
  InitiativeStatus.DRAFT,
  InitiativeStatus.SUBMITTED,
  InitiativeStatus.UNDER_REVIEW,
  InitiativeStatus.RETURNED,
  InitiativeStatus.RECOMMENDED,
  InitiativeStatus.NOT_RECOMMENDED,
  InitiativeStatus.APPROVED,
  InitiativeStatus.IMPLEMENTING,
  InitiativeStatus.REPORTED,
];

export interface NewPlan {
  actNumber: string;
  title: string;
  signedOn: string;
  effectiveDate: string;
}

/** What applying a plan does (or would do: its preview is the same run, rolled back). */
export interface PlanReport {
  effectiveDate: string;
  unitsClosed: Array<{ code: string; name: string }>;
  unitsCreated: Array<{ code: string; name: string; parentCode: string | null }>;
  unitsRelinked: number;
  peopleMoved: number;
  peopleWithoutSuccessor: Array<{ fullName: string; unitName: string }>;
  headsEnded: Array<{ fullName: string; unitName: string }>;
  openEvaluationsMoved: number;
  feedbackItemsMoved: number;
  /** open 1022 items left with a unit that closed without one successor (an abolished level): Home Affairs reassigns them */
  feedbackItemsLeft: number;
  findingsMoved: number;
  initiativesMoved: number;
  unitsBefore: number;
  unitsAfter: number;
}

/** A closing unit: where its people, children and open work go. */
interface Closing {
  unit: UnitRow;
  /** successors by code, whole or part; none for an abolished level */
  successors: Array<{ code: string; whole: boolean }>;
  /** where children, open work and (for a split) people without a named successor go */
  defaultSuccessor: string | null;
  people: Record<string, string>;
  /** an abolished level's children move up to its parent */
  childrenUp: boolean;
  /** a renamed unit's head heads it under its new name */
  keepHead?: boolean;
}

class PreviewRollback extends Error {
  constructor(readonly report: PlanReport) {
    super('preview');
  }
}

/**
 * Reorganisation plans (issue: the 2025 reorganisations): one legal act with its steps, checked, previewed,
 * applied in one transaction on its effective date (or scheduled for it), or withdrawn before it comes into force.
 */
export class PlanService {
  constructor(
    private readonly db: DataSource,
    private readonly now: Clock,
    private readonly changed: OrganisationChanged = () => Promise.resolve(),
  ) {}

  /** Plans, the newest effective date first. */
  list(offset: number, limit: number, filter: Parameters<typeof listPlans>[3] = {}) {
    return listPlans(this.db.manager, offset, limit, filter);
  }

  /** A plan by id, or NOT_FOUND. */
  byId(planId: string): Promise<ReorganisationPlan> {
    return findOrNotFound(this.db.manager, ReorganisationPlan, planId, PLAN);
  }

  create(input: NewPlan, steps: StepPayload[], userId: string | null): Promise<ReorganisationPlan> {
    const problems = steps.flatMap(stepShapeProblems);
    if (!input.actNumber.trim()) problems.unshift({ field: 'actNumber', message: 'cần số hiệu văn bản' });
    if (input.signedOn > input.effectiveDate)
      problems.unshift({ field: 'effectiveDate', message: 'ngày hiệu lực không thể trước ngày ký' });
    if (problems.length > 0) return Promise.reject(new BadInputError(problems, 'Invalid plan.'));
    return inTransaction(this.db, async (em) => {
      const plan = await em.save(
        ReorganisationPlan.create({
          ...input,
          actNumber: input.actNumber.trim(),
          title: input.title.trim(),
          status: PlanStatus.DRAFT,
          createdByUserId: userId,
        }),
      );
      await this.writeSteps(em, plan.id, steps);
      return plan;
    });
  }

  /**
   * A draft plan from an act's units and its mapping old → new (the shape of the mapping files), as GraphQL, the
   * panel and the command line read them: the steps are those the mapping stands for (`stepsFromMapping`).
   */
  async importMapping(
    input: NewPlan,
    files: { units: string | Buffer; mapping: string | Buffer },
    options: MappingOptions,
    userId: string | null,
  ): Promise<ReorganisationPlan> {
    return this.create(
      input,
      stepsFromMapping(parseActUnits(files.units), parseMapping(files.mapping), options),
      userId,
    );
  }

  /** Adds steps at the end of a plan still being entered (the panel enters them one by one). */
  addSteps(planId: string, steps: StepPayload[]): Promise<PlanStep[]> {
    const problems = steps.flatMap(stepShapeProblems);
    if (problems.length > 0) return Promise.reject(new BadInputError(problems, 'Invalid step.'));
    return inTransaction(this.db, async (em) => {
      const plan = await this.lockPlan(em, planId);
      if (plan.status !== PlanStatus.DRAFT)
        throw new InvalidStateError('Chỉ bổ sung bước cho kế hoạch đang soạn.', 'Only a draft plan takes new steps.');
      return this.writeSteps(em, plan.id, steps);
    });
  }

  /** What applying would do, from the same code path, rolled back: so that preview and apply agree. */
  async preview(planId: string): Promise<PlanReport> {
    try {
      await inTransaction(this.db, async (em) => {
        const plan = await this.lockPlan(em, planId);
        this.expectStatus(plan, [PlanStatus.DRAFT, PlanStatus.SCHEDULED], 'xem trước');
        throw new PreviewRollback(await this.run(em, plan));
      });
    } catch (error) {
      if (error instanceof PreviewRollback) return error.report;
      throw error;
    }
    throw new Error('unreachable');
  }

  /** Applies a plan whose effective date has come, in one transaction; a refusal changes nothing. */
  apply(planId: string): Promise<ReorganisationPlan> {
    return inTransaction(this.db, async (em) => {
      const plan = await this.lockPlan(em, planId);
      this.expectStatus(plan, [PlanStatus.DRAFT, PlanStatus.SCHEDULED], 'áp dụng');
      const today = cityDayOf(this.now());
      if (plan.effectiveDate > today) {
        throw new InvalidStateError(
          `Kế hoạch có hiệu lực từ ngày ${plan.effectiveDate}: hãy đặt lịch để áp dụng vào ngày đó.`,
          `The plan comes into force on ${plan.effectiveDate}; schedule it instead.`,
        );
      }
      plan.report = { ...(await this.run(em, plan)) };
      plan.status = PlanStatus.APPLIED;
      plan.appliedAt = this.now();
      return em.save(plan);
    });
  }

  /** Checks the plan (its preview must pass) and leaves it to the scheduler for its effective date. */
  async schedule(planId: string): Promise<ReorganisationPlan> {
    await this.preview(planId);
    return inTransaction(this.db, async (em) => {
      const plan = await this.lockPlan(em, planId);
      this.expectStatus(plan, [PlanStatus.DRAFT], 'đặt lịch');
      plan.status = PlanStatus.SCHEDULED;
      return em.save(plan);
    });
  }

  /** A plan not yet in force is withdrawn: nothing of it was applied, nothing is. */
  withdraw(planId: string): Promise<ReorganisationPlan> {
    return inTransaction(this.db, async (em) => {
      const plan = await this.lockPlan(em, planId);
      this.expectStatus(plan, [PlanStatus.DRAFT, PlanStatus.SCHEDULED], 'rút');
      plan.status = PlanStatus.WITHDRAWN;
      return em.save(plan);
    });
  }

  /** The scheduler's turn: every scheduled plan whose day has come, oldest first; returns how many. */
  async applyDue(): Promise<number> {
    const due = await duePlans(this.db.manager, cityDayOf(this.now()));
    for (const plan of due) await this.apply(plan.id);
    return due.length;
  }

  // ——— the run: close, create, relink, move, people, lineage, open work ———

  private async run(em: EntityManager, plan: ReorganisationPlan): Promise<PlanReport> {
    await em.query('SELECT pg_advisory_xact_lock($1)', [HIERARCHY_LOCK]);
    const date = plan.effectiveDate;
    const before = addDays(date, -1);
    const steps = await stepsOf(em, plan.id);
    const problems: FieldProblem[] = [];
    const unitsBefore = await countValidOn(em, before);

    // units in force the day before, by code (sources are read then)
    const sourceCodes = new Set<string>();
    for (const { payload } of steps) {
      if (payload.kind === StepKind.RENAME) sourceCodes.add(payload.code);
      if (payload.kind === StepKind.MERGE) payload.sources.forEach((code) => sourceCodes.add(code));
      if (payload.kind === StepKind.SPLIT) sourceCodes.add(payload.source);
      if (payload.kind === StepKind.MERGE_PROVINCE) sourceCodes.add(payload.province);
    }
    const oldUnits = await unitsByCode(em, [...sourceCodes], before);
    const source = (code: string, field: string): UnitRow | null => {
      const unit = oldUnits.get(code);
      if (!unit) problems.push({ field, message: `không có đơn vị mã ${code} có hiệu lực vào ngày ${before}` });
      return unit ?? null;
    };

    const closing = new Map<string, Closing>();
    const close = (unit: UnitRow | null, entry: Omit<Closing, 'unit'>, field: string) => {
      if (!unit) return;
      if (closing.has(unit.id))
        problems.push({ field, message: `${unit.name} (${unit.code}) đã được xử lý ở một bước khác của kế hoạch` });
      else closing.set(unit.id, { unit, ...entry });
    };
    /** a renamed unit takes its predecessor's parent (or, when that one closes too, where its children go) */
    const creates: Array<{
      code: string;
      name: string;
      kind: UnitKind;
      typeVi: string;
      parentCode: string | null;
      renamedFrom?: UnitRow;
    }> = [];
    const moves: Array<{ code: string; parentCode: string; field: string }> = [];
    const abolished: UnitKind[] = [];

    for (const [index, { payload }] of steps.entries()) {
      const field = (name: string) => `steps[${String(index)}].${name}`;
      switch (payload.kind) {
        case StepKind.CREATE:
          creates.push({
            code: payload.code,
            name: payload.name,
            kind: payload.unitKind,
            typeVi: payload.typeVi || payload.name.split(' ')[0] || '',
            parentCode: payload.parentCode,
          });
          break;
        case StepKind.RENAME: {
          const unit = source(payload.code, field('code'));
          close(
            unit,
            {
              successors: [{ code: payload.code, whole: true }],
              defaultSuccessor: payload.code,
              people: {},
              childrenUp: false,
              keepHead: true,
            },
            field('code'),
          );
          if (unit)
            creates.push({
              code: payload.code,
              name: payload.name,
              kind: unit.kind,
              typeVi: payload.typeVi || unit.type_vi,
              parentCode: null,
              renamedFrom: unit,
            });
          break;
        }
        case StepKind.MOVE:
          moves.push({ code: payload.code, parentCode: payload.parentCode, field: field('parentCode') });
          break;
        case StepKind.MERGE:
          for (const code of payload.sources) {
            close(
              source(code, field('sources')),
              {
                successors: [{ code: payload.target, whole: true }],
                defaultSuccessor: payload.target,
                people: {},
                childrenUp: false,
              },
              field('sources'),
            );
          }
          break;
        case StepKind.SPLIT:
          close(
            source(payload.source, field('source')),
            {
              successors: payload.parts.map((code) => ({ code, whole: false })),
              defaultSuccessor: payload.defaultSuccessor ?? null,
              people: payload.people ?? {},
              childrenUp: false,
            },
            field('source'),
          );
          break;
        case StepKind.ABOLISH_LEVEL:
          abolished.push(payload.unitKind);
          break;
        case StepKind.MERGE_PROVINCE:
          close(
            source(payload.province, field('province')),
            {
              successors: [{ code: payload.into, whole: true }],
              defaultSuccessor: payload.into,
              people: {},
              childrenUp: false,
            },
            field('province'),
          );
          break;
      }
    }
    if (abolished.length > 0) {
      const level = await unitsOfKindsOn(em, abolished, before);
      for (const unit of level)
        if (!closing.has(unit.id))
          closing.set(unit.id, { unit, successors: [], defaultSuccessor: null, people: {}, childrenUp: true });
      // an abolished level's own divisions (its offices) end with it; its other children move up
      const divisions = await unitsOfKindsOn(em, [UnitKind.DIVISION], before);
      for (const unit of divisions) {
        if (unit.parent_id && closing.get(unit.parent_id)?.childrenUp && !closing.has(unit.id)) {
          closing.set(unit.id, { unit, successors: [], defaultSuccessor: null, people: {}, childrenUp: true });
        }
      }
    }
    const closingIds = [...closing.keys()];
    // every source must still be in force on the effective date (not closed earlier by another act)
    const endedEarlier = await unitsEndedBy(em, closingIds, date);
    for (const unit of endedEarlier)
      problems.push({ field: 'steps', message: `${unit.name} (${unit.code}) hết hiệu lực trước ngày ${date}` });
    throwIf(problems);

    // 1. close: the sources end on the effective date (their last day is the day before), with their links
    await em.query(`UPDATE unit SET valid_to = $2 WHERE id = ANY($1::uuid[])`, [closingIds, date]);
    await em.query(`DELETE FROM unit_link WHERE unit_id = ANY($1::uuid[]) AND valid_from >= $2`, [closingIds, date]);
    await em.query(
      `UPDATE unit_link SET valid_to = $2 WHERE unit_id = ANY($1::uuid[]) AND (valid_to IS NULL OR valid_to > $2)`,
      [closingIds, date],
    );

    // 2. create, parents first (a parent may be created by the same plan); a code must be free that day
    const created: PlanReport['unitsCreated'] = [];
    const renamed: Array<{ unit_id: string; parent_id: string; old_to: string | null }> = [];
    const pending = [...creates];
    while (pending.length > 0) {
      const index = pending.findIndex(
        (unit) => !unit.parentCode || !pending.some((other) => other.code === unit.parentCode),
      );
      const [unit] = pending.splice(index === -1 ? 0 : index, 1) as [(typeof creates)[number]];
      const taken = await unitsByCode(em, [unit.code], date);
      if (taken.size > 0) {
        problems.push({
          field: 'steps',
          message: `mã ${unit.code} đang được ${taken.get(unit.code)?.name ?? ''} sử dụng vào ngày ${date}`,
        });
        continue;
      }
      const parent = unit.parentCode ? (await unitsByCode(em, [unit.parentCode], date)).get(unit.parentCode) : null;
      if (unit.parentCode && !parent) {
        problems.push({
          field: 'steps',
          message: `không có đơn vị cấp trên mã ${unit.parentCode} vào ngày ${date} cho ${unit.name}`,
        });
        continue;
      }
      const { id } = await queryOneOrNotFound<{ id: string }>(
        em,
        `INSERT INTO unit (code, name, type_vi, kind, valid_from) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [unit.code.trim(), unit.name.trim(), unit.typeVi, unit.kind, date],
        UNIT_LABEL,
      );
      if (parent)
        await em.query(`INSERT INTO unit_link (unit_id, parent_id, valid_from) VALUES ($1, $2, $3)`, [
          id,
          parent.id,
          date,
        ]);
      if (unit.renamedFrom?.parent_id)
        renamed.push({ unit_id: id, parent_id: unit.renamedFrom.parent_id, old_to: null });
      created.push({ code: unit.code, name: unit.name, parentCode: unit.parentCode });
    }
    throwIf(problems);

    // 3. successors, as of the effective date
    const successorCodes = new Set<string>();
    for (const entry of closing.values()) {
      entry.successors.forEach((successor) => successorCodes.add(successor.code));
      Object.values(entry.people).forEach((code) => successorCodes.add(code));
    }
    const newUnits = await unitsByCode(
      em,
      [...successorCodes, ...moves.flatMap((move) => [move.code, move.parentCode])],
      date,
    );
    for (const code of successorCodes)
      if (!newUnits.has(code))
        problems.push({ field: 'steps', message: `không có đơn vị nhận mã ${code} vào ngày ${date}` });
    throwIf(problems);
    const idOf = (code: string) => (newUnits.get(code) as UnitRow).id;
    const heirOf = (entry: Closing): string | null => {
      const code = entry.defaultSuccessor ?? entry.successors.at(0)?.code ?? null;
      return code ? idOf(code) : null;
    };

    // 4. children of closing units go to the successor (an abolished level's: up to its parent, or that one's heir)
    const children = await childLinksOn(em, closingIds, before);
    const newParentOf = (parentId: string, depth = 0): string | null => {
      const entry = closing.get(parentId);
      if (!entry) return parentId;
      if (entry.childrenUp)
        return entry.unit.parent_id && depth < 8 ? newParentOf(entry.unit.parent_id, depth + 1) : null;
      return heirOf(entry);
    };
    const relinked = [...children, ...renamed].map((child) => ({ ...child, new_parent: newParentOf(child.parent_id) }));
    const names = await unitNames(
      em,
      relinked.map((row) => row.unit_id),
    );
    for (const child of relinked) {
      if (!child.new_parent)
        problems.push({ field: 'steps', message: `${names.get(child.unit_id) ?? ''} sẽ không còn đơn vị cấp trên` });
      else if (child.new_parent === child.unit_id)
        problems.push({ field: 'steps', message: `${names.get(child.unit_id) ?? ''} sẽ trực thuộc chính nó` });
    }
    throwIf(problems);
    await em.query(
      `UPDATE unit_link SET valid_to = $2 WHERE parent_id = ANY($1::uuid[]) AND valid_from < $2 AND (valid_to IS NULL OR valid_to > $2)`,
      [closingIds, date],
    );
    await em.query(
      `INSERT INTO unit_link (unit_id, parent_id, valid_from, valid_to)
       SELECT unit_id, parent_id, $3, old_to FROM unnest($1::uuid[], $2::uuid[], $4::date[]) AS t(unit_id, parent_id, old_to)`,
      [
        relinked.map((row) => row.unit_id),
        relinked.map((row) => row.new_parent),
        date,
        relinked.map((row) => row.old_to),
      ],
    );

    // 5. moves (a survivor placed under the act's parent); a move onto the parent it has is nothing
    let moved = 0;
    for (const move of moves) {
      const unit = newUnits.get(move.code);
      const parent = newUnits.get(move.parentCode);
      if (!unit || !parent) {
        problems.push({
          field: move.field,
          message: `không có đơn vị mã ${unit ? move.parentCode : move.code} vào ngày ${date}`,
        });
        continue;
      }
      if ((await parentsOn(em, [unit.id], date)).get(unit.id)?.id === parent.id) continue;
      await em.query(
        `UPDATE unit_link SET valid_to = $2 WHERE unit_id = $1 AND valid_from < $2 AND (valid_to IS NULL OR valid_to > $2)`,
        [unit.id, date],
      );
      await em.query(`DELETE FROM unit_link WHERE unit_id = $1 AND valid_from >= $2`, [unit.id, date]);
      await em.query(`INSERT INTO unit_link (unit_id, parent_id, valid_from) VALUES ($1, $2, $3)`, [
        unit.id,
        parent.id,
        date,
      ]);
      moved += 1;
    }
    throwIf(problems);
    await this.assertTreeSound(em, date, before, problems);

    // 6. people: appointments in closing units end; deputies and staff continue in the successor named for them
    const ended = await queryRows<{
      person_id: string;
      unit_id: string;
      position: Position;
      acting: boolean;
      old_to: string | null;
      full_name: string;
      unit_name: string;
    }>(
      em,
      `WITH ended AS (
         UPDATE appointment a SET valid_to = $2
           FROM (SELECT id, valid_to AS old_to FROM appointment
                  WHERE unit_id = ANY($1::uuid[]) AND valid_from < $2 AND (valid_to IS NULL OR valid_to > $2)) o
          WHERE a.id = o.id
         RETURNING a.person_id, a.unit_id, a.position, a.acting, o.old_to)
       SELECT ended.*, p.full_name, u.name AS unit_name FROM ended JOIN person p ON p.id = ended.person_id JOIN unit u ON u.id = ended.unit_id`,
      [closingIds, date],
    );
    const continuing: Array<(typeof ended)[number] & { successor: string }> = [];
    const withoutSuccessor: PlanReport['peopleWithoutSuccessor'] = [];
    const endsHere = (row: (typeof ended)[number]) =>
      row.position === Position.HEAD && !closing.get(row.unit_id)?.keepHead;
    for (const row of ended.filter((appointment) => !endsHere(appointment))) {
      const entry = closing.get(row.unit_id) as Closing;
      const named = Object.hasOwn(entry.people, row.person_id) ? entry.people[row.person_id] : undefined;
      const code =
        named ??
        (entry.successors.length === 1 || entry.successors.every((successor) => successor.whole)
          ? entry.successors.at(0)?.code
          : entry.defaultSuccessor);
      if (code) continuing.push({ ...row, successor: idOf(code) });
      else if (entry.successors.length > 0)
        problems.push({ field: 'steps', message: `chưa chỉ định đơn vị nhận cho ${row.full_name} (${row.unit_name})` });
      else withoutSuccessor.push({ fullName: row.full_name, unitName: row.unit_name });
    }
    throwIf(problems);
    await em.query(
      `INSERT INTO appointment (person_id, unit_id, position, acting, valid_from, valid_to)
       SELECT person_id, unit_id, position, acting, $3, old_to
         FROM unnest($1::uuid[], $2::uuid[], $4::"position"[], $5::boolean[], $6::date[]) AS t(person_id, unit_id, position, acting, old_to)`,
      [
        continuing.map((row) => row.person_id),
        continuing.map((row) => row.successor),
        date,
        continuing.map((row) => row.position),
        continuing.map((row) => row.acting),
        continuing.map((row) => row.old_to),
      ],
    );
    const heirs = new Map([...closing].map(([id, entry]) => [id, heirOf(entry)]));
    const heirPairs = [...heirs].filter((pair): pair is [string, string] => Boolean(pair[1]));
    await em.query(
      `UPDATE appointment a SET unit_id = h.heir FROM unnest($1::uuid[], $2::uuid[]) AS h(unit_id, heir)
        WHERE a.unit_id = h.unit_id AND a.valid_from >= $3`,
      [heirPairs.map((pair) => pair[0]), heirPairs.map((pair) => pair[1]), date],
    );

    // 7. lineage: each successor knows its predecessors, whole or part
    const lineage = [...closing.values()].flatMap((entry) =>
      entry.successors.map((successor) => ({ from: entry.unit.id, to: idOf(successor.code), whole: successor.whole })),
    );
    await em.query(
      `INSERT INTO unit_lineage (predecessor_id, successor_id, effective_date, whole, plan_id)
       SELECT p, s, $3, w, $4 FROM unnest($1::uuid[], $2::uuid[], $5::boolean[]) AS t(p, s, w) WHERE p <> s`,
      [lineage.map((row) => row.from), lineage.map((row) => row.to), date, plan.id, lineage.map((row) => row.whole)],
    );
    await em.query(
      `UPDATE unit SET merged_into_id = h.heir FROM unnest($1::uuid[], $2::uuid[]) AS h(unit_id, heir) WHERE unit.id = h.unit_id`,
      [heirPairs.map((pair) => pair[0]), heirPairs.map((pair) => pair[1])],
    );

    // 8. open work crosses the day: to the successor that took over the territory, deadlines kept
    const work = await this.moveOpenWork(em, heirPairs, closingIds, date, plan);
    await this.changed(em, [...closingIds, ...new Set(heirPairs.map((pair) => pair[1]))]);

    return {
      effectiveDate: date,
      unitsClosed: [...closing.values()].map((entry) => ({ code: entry.unit.code, name: entry.unit.name })),
      unitsCreated: created,
      unitsRelinked: relinked.length + moved,
      peopleMoved: continuing.length,
      peopleWithoutSuccessor: withoutSuccessor,
      headsEnded: ended.filter(endsHere).map((row) => ({ fullName: row.full_name, unitName: row.unit_name })),
      ...work,
      unitsBefore,
      unitsAfter: await countValidOn(em, date),
    };
  }

  /** 1022 items (with a REORGANISATION assignment that keeps the deadline), findings, initiatives and running evaluations. */
  private async moveOpenWork(
    em: EntityManager,
    heirPairs: Array<[string, string]>,
    closingIds: string[],
    date: string,
    plan: ReorganisationPlan,
  ) {
    const from = heirPairs.map((pair) => pair[0]);
    const to = heirPairs.map((pair) => pair[1]);
    const feedback = await affectedRows(
      em,
      `WITH moved AS (
         UPDATE feedback_item f SET unit_id = h.heir FROM unnest($1::uuid[], $2::uuid[]) AS h(unit_id, heir)
          WHERE f.unit_id = h.unit_id AND NOT (f.status = ANY($3::feedback_status[]))
         RETURNING f.id, f.unit_id, f.due_at)
       INSERT INTO feedback_assignment (item_id, unit_id, assigned_at, reason, note, due_at)
       SELECT id, unit_id, $4::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh', $5, $6, due_at FROM moved`,
      [from, to, HANDLED_STATUSES, date, AssignmentReason.REORGANISATION, `Sắp xếp đơn vị theo ${plan.actNumber}`],
    );
    const findings = await affectedRows(
      em,
      `UPDATE finding f SET responsible_unit_id = h.heir FROM unnest($1::uuid[], $2::uuid[]) AS h(unit_id, heir)
        WHERE f.responsible_unit_id = h.unit_id AND f.status = ANY($3::finding_status[])`,
      [from, to, REMEDYING],
    );
    const initiatives = await affectedRows(
      em,
      `UPDATE initiative i SET unit_id = h.heir FROM unnest($1::uuid[], $2::uuid[]) AS h(unit_id, heir)
        WHERE i.unit_id = h.unit_id AND i.status = ANY($3::initiative_status[])`,
      [from, to, LIVE_INITIATIVES],
    );
    // (domain, opening a period) a running period's evaluation is held in the unit its person holds on the period's last day
    const evaluations = await affectedRows(
      em,
      `UPDATE evaluation e SET unit_id = a.unit_id
         FROM evaluation_period p, appointment a
        WHERE p.id = e.period_id AND p.status = $3 AND p.ends_on >= $2::date AND e.unit_id = ANY($1::uuid[])
          AND a.person_id = e.person_id AND a.valid_from <= p.ends_on AND (a.valid_to IS NULL OR a.valid_to > p.ends_on)`,
      [from, date, PeriodStatus.OPEN],
    );
    const left = await openFeedbackIn(em, closingIds);
    return {
      feedbackItemsMoved: feedback,
      feedbackItemsLeft: left,
      findingsMoved: findings,
      initiativesMoved: initiatives,
      openEvaluationsMoved: evaluations,
    };
  }

  /** No unit of the day before loses its parent without closing, and no unit sits under itself. */
  private async assertTreeSound(
    em: EntityManager,
    date: string,
    before: string,
    problems: FieldProblem[],
  ): Promise<void> {
    const orphans = await unitsLosingParent(em, date, before);
    for (const orphan of orphans)
      problems.push({ field: 'steps', message: `${orphan.name} (${orphan.code}) sẽ không còn đơn vị cấp trên` });
    const cycles = await unitsUnderThemselves(em, date);
    for (const cycle of cycles) problems.push({ field: 'steps', message: `${cycle.name} sẽ trực thuộc chính nó` });
    throwIf(problems);
  }

  private async writeSteps(em: EntityManager, planId: string, steps: StepPayload[]): Promise<PlanStep[]> {
    const last = await lastStepOrdinal(em, planId);
    return em.save(
      steps.map((payload, index) =>
        PlanStep.create({ planId, ordinal: last + index + 1, kind: payload.kind, payload }),
      ),
    );
  }

  private lockPlan(em: EntityManager, planId: string): Promise<ReorganisationPlan> {
    return findOrNotFound(em, ReorganisationPlan, planId, PLAN, { lock: true });
  }

  private expectStatus(plan: ReorganisationPlan, allowed: PlanStatus[], what: string): void {
    if (!allowed.includes(plan.status)) {
      throw new InvalidStateError(
        `Không thể ${what} kế hoạch ở trạng thái ${plan.status}.`,
        `Cannot ${what} a plan in status ${plan.status}.`,
      );
    }
  }
}

function throwIf(problems: FieldProblem[]): void {
  if (problems.length > 0)
    throw new BadInputError([...problems], `The plan cannot be applied: ${String(problems.length)} problem(s).`);
}
