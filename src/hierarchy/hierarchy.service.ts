import type { DataSource, EntityManager } from 'typeorm';
import { isValidOn } from '../common/validity.js';
import { inTransaction } from '../common/transaction.js';
import { BadInputError, NotFoundError, requireDay } from '../common/errors.js';
import { isWellFormedId } from '../common/ids.js';
import { Position } from '../people/people.enums.js';
import { createsCycle, mergeShapeProblems } from './hierarchy.rules.js';
import { Reorganisation } from './reorganisation.entity.js';
import { ReorganisationKind } from './hierarchy.enums.js';
import { ancestorIdsOn, linkBoundariesWithin, listUnits, unitByCodeOn, type UnitListFilter } from './tree.queries.js';
import type { UnitKind } from './hierarchy.enums.js';
import { UnitLink } from './unit-link.entity.js';
import { Unit } from './unit.entity.js';
import { updateReturning } from '../common/queries.js';

export interface NewUnit {
  code: string;
  name: string;
  typeVi?: string | null;
  kind: UnitKind;
  parentId?: string | null;
  validFrom: string;
}

export interface UnitPatch {
  code?: string | null;
  name?: string | null;
  typeVi?: string | null;
  kind?: UnitKind | null;
}

/** The unit a move or merge returns (the moved unit, the merge target) and its log entry. */
export interface Reorganised {
  unit: Unit;
  record: Reorganisation;
}

/** Who asked for a reorganisation, and why: kept in its log entry. */
export interface ChangeAuthor {
  userId?: string | null;
  note?: string | null;
}

export interface MergeRequest {
  sourceIds: string[];
  targetId?: string | null;
  newTarget?: NewUnit | null;
  date: string;
}

/** Hierarchy changes serialise on this lock: a move's cycle check must see every other move that committed. */
const HIERARCHY_LOCK = 7_910_001;

export async function requireUnit(em: EntityManager, id: string, field = 'id'): Promise<Unit> {
  const unit = isWellFormedId(id) ? await em.findOne(Unit, { where: { id } }) : null;
  if (!unit) throw new NotFoundError(`đơn vị (${field})`, `Unit (${field})`);
  return unit;
}

function requireValidOn(unit: Unit, day: string, field: string): void {
  if (!isValidOn(unit.validity, day)) {
    throw new BadInputError(
      [{ field, message: `đơn vị ${unit.name} không có hiệu lực vào ngày ${day}` }],
      `Unit ${unit.code} is not valid on ${day}.`,
    );
  }
}

/** Called inside the transaction of a change to appointments or to the tree, with the units it touched. */
export type OrganisationChanged = (em: EntityManager, unitIds: string[]) => Promise<void>;

/** Units and their dated parent links: create, rename, move (R1) and merge (R2), one transaction each. */
export class HierarchyService {
  constructor(
    private readonly db: DataSource,
    private readonly changed: OrganisationChanged = () => Promise.resolve(),
  ) {}

  /** A unit by code among the units valid on `day`. */
  unitByCode(code: string, day: string): Promise<Unit | null> {
    return unitByCodeOn(this.db.manager, code, day);
  }

  /** One page of the units valid on `day`. */
  list(filter: UnitListFilter, day: string, offset: number, limit: number) {
    if (filter.parentId && !isWellFormedId(filter.parentId))
      throw new NotFoundError('đơn vị (parentId)', 'Unit (parentId)');
    return listUnits(this.db.manager, filter, day, offset, limit);
  }

  createUnit(input: NewUnit): Promise<Unit> {
    return inTransaction(this.db, (em) => this.create(em, input));
  }

  /** A unit, and its parent link from its first day, inside the caller's transaction (creation or a merge). */
  private async create(em: EntityManager, input: NewUnit): Promise<Unit> {
    requireDay(input.validFrom, 'validFrom');
    if (input.parentId) {
      const parent = await requireUnit(em, input.parentId, 'parentId');
      requireValidOn(parent, input.validFrom, 'parentId');
    }
    const unit = await em.save(
      Unit.create({
        code: input.code.trim(),
        name: input.name.trim(),
        typeVi: input.typeVi?.trim() || input.name.trim().split(' ')[0],
        kind: input.kind,
        validity: { validFrom: input.validFrom, validTo: null },
      }),
    );
    if (input.parentId) {
      await em.save(
        UnitLink.create({
          unitId: unit.id,
          parentId: input.parentId,
          validity: { validFrom: input.validFrom, validTo: null },
        }),
      );
    }
    return unit;
  }

  updateUnit(id: string, patch: UnitPatch): Promise<Unit> {
    return inTransaction(this.db, async (em) => {
      const unit = await requireUnit(em, id);
      if (patch.code) unit.code = patch.code.trim();
      if (patch.name) unit.name = patch.name.trim();
      if (patch.typeVi) unit.typeVi = patch.typeVi.trim();
      if (patch.kind) unit.kind = patch.kind;
      return em.save(unit);
    });
  }

  /** R1: from `from` on, the unit sits under `parentId`; the tree before `from` is kept as it was. */
  moveUnit(id: string, parentId: string, from: string, author: ChangeAuthor = {}): Promise<Reorganised> {
    return inTransaction(this.db, async (em) => {
      await em.query('SELECT pg_advisory_xact_lock($1)', [HIERARCHY_LOCK]);
      const unit = await requireUnit(em, id);
      const parent = await requireUnit(em, parentId, 'parentId');
      requireValidOn(unit, from, 'from');
      requireValidOn(parent, from, 'parentId');

      const links = await em.find(UnitLink, { where: { unitId: id }, order: { validity: { validFrom: 'ASC' } } });
      const current = links.find((link) => isValidOn(link.validity, from));
      if (current?.parentId === parentId) {
        throw new BadInputError(
          [{ field: 'parentId', message: `${unit.name} đã trực thuộc ${parent.name} vào ngày ${from}` }],
          'Already under that parent.',
        );
      }
      const until = current
        ? current.validity.validTo
        : (links.find((link) => link.validity.validFrom > from)?.validity.validFrom ?? null);
      await this.assertNoCycle(em, id, parentId, from, until);

      if (current && current.validity.validFrom === from) {
        current.parentId = parentId;
        await em.save(current);
      } else {
        if (current) {
          current.validity.validTo = from;
          await em.save(current);
        }
        await em.save(UnitLink.create({ unitId: id, parentId, validity: { validFrom: from, validTo: until } }));
      }
      await this.changed(em, [unit.id]);
      return { unit, record: await this.log(em, ReorganisationKind.MOVE, from, [unit], parent, author) };
    });
  }

  /** The tree only changes where a link starts, so checking those days within [from, until) covers every day. */
  private async assertNoCycle(em: EntityManager, unitId: string, parentId: string, from: string, until: string | null) {
    for (const day of [from, ...(await linkBoundariesWithin(em, from, until))]) {
      if (createsCycle(unitId, parentId, await ancestorIdsOn(em, parentId, day))) {
        throw new BadInputError(
          [{ field: 'parentId', message: 'không thể chuyển đơn vị vào chính nó hoặc đơn vị cấp dưới của nó' }],
          'A unit cannot move under itself or one of its descendants.',
        );
      }
    }
  }

  /**
   * R2: sources close on `date` and point at the target; their children move under the target; their heads'
   * appointments end the day before; deputies and staff continue in the target from `date`.
   */
  mergeUnits(request: MergeRequest, author: ChangeAuthor = {}): Promise<Reorganised> {
    const problems = mergeShapeProblems({
      sourceIds: request.sourceIds,
      targetId: request.targetId,
      hasNewTarget: Boolean(request.newTarget),
      newTargetValidFrom: request.newTarget?.validFrom,
      date: request.date,
    });
    if (problems.length > 0) return Promise.reject(new BadInputError(problems, 'Invalid merge.'));
    const { date } = request;
    return inTransaction(this.db, async (em) => {
      await em.query('SELECT pg_advisory_xact_lock($1)', [HIERARCHY_LOCK]);
      const sources: Unit[] = [];
      for (const sourceId of request.sourceIds) {
        const source = await requireUnit(em, sourceId, 'sourceIds');
        if (!(source.validity.validFrom < date && isValidOn(source.validity, date))) {
          throw new BadInputError(
            [{ field: 'sourceIds', message: `${source.name} phải có hiệu lực trước và vào ngày ${date}` }],
            `Unit ${source.code} must be valid before and on ${date}.`,
          );
        }
        sources.push(source);
      }
      const sourceIds = sources.map((source) => source.id);
      await em.query(`UPDATE unit SET valid_to = $2, merged_into_id = NULL WHERE id = ANY($1::uuid[])`, [
        sourceIds,
        date,
      ]);
      await em.query(`DELETE FROM unit_link WHERE unit_id = ANY($1::uuid[]) AND valid_from >= $2`, [sourceIds, date]);
      await em.query(
        `UPDATE unit_link SET valid_to = $2 WHERE unit_id = ANY($1::uuid[]) AND (valid_to IS NULL OR valid_to > $2)`,
        [sourceIds, date],
      );

      let target: Unit;
      if (request.newTarget) {
        target = await this.create(em, request.newTarget);
      } else {
        target = await requireUnit(em, request.targetId as string, 'targetId');
        requireValidOn(target, date, 'targetId');
      }
      await em.query(`UPDATE unit SET merged_into_id = $2 WHERE id = ANY($1::uuid[])`, [sourceIds, target.id]);

      await this.relinkChildren(em, sourceIds, target.id, date);
      await this.carryOverAppointments(em, sourceIds, target.id, date);
      await this.changed(em, [...sourceIds, target.id]);
      return { unit: target, record: await this.log(em, ReorganisationKind.MERGE, date, sources, target, author) };
    });
  }

  /** Units valid on `day`, by code, in the order given; an unknown code is a BAD_USER_INPUT naming `field`. */
  async unitIdsByCodes(codes: string[], day: string, field: string): Promise<string[]> {
    const ids: string[] = [];
    for (const code of codes) {
      const unit = await unitByCodeOn(this.db.manager, code, day);
      if (!unit) {
        throw new BadInputError(
          [{ field, message: `không có đơn vị mã ${code} có hiệu lực vào ngày ${day}` }],
          `No unit ${code} on ${day}.`,
        );
      }
      ids.push(unit.id);
    }
    return ids;
  }

  private async log(
    em: EntityManager,
    kind: ReorganisationKind,
    day: string,
    units: Unit[],
    target: Unit,
    author: ChangeAuthor,
  ) {
    const names = units.map((unit) => `${unit.name} (${unit.code})`).join(', ');
    const summary =
      kind === ReorganisationKind.MOVE
        ? `Chuyển ${names} về trực thuộc ${target.name} (${target.code}) từ ngày ${day}`
        : `Hợp nhất ${names} vào ${target.name} (${target.code}) từ ngày ${day}`;
    return em.save(
      Reorganisation.create({
        kind,
        effectiveDate: day,
        unitIds: units.map((unit) => unit.id),
        targetUnitId: target.id,
        summary,
        note: author.note ?? null,
        createdByUserId: author.userId ?? null,
      }),
    );
  }

  private async relinkChildren(em: EntityManager, sourceIds: string[], targetId: string, date: string) {
    const closed = await updateReturning<{ unit_id: string; old_to: string | null }>(
      em,
      `UPDATE unit_link l SET valid_to = $2
         FROM (SELECT id, valid_to AS old_to FROM unit_link
                WHERE parent_id = ANY($1::uuid[]) AND valid_from < $2 AND (valid_to IS NULL OR valid_to > $2)) o
        WHERE l.id = o.id
        RETURNING l.unit_id, o.old_to`,
      [sourceIds, date],
    );
    await em.query(
      `INSERT INTO unit_link (unit_id, parent_id, valid_from, valid_to)
       SELECT unit_id, $3, $2, old_to FROM unnest($1::uuid[], $4::date[]) AS t(unit_id, old_to)`,
      [closed.map((row) => row.unit_id), date, targetId, closed.map((row) => row.old_to)],
    );
    await em.query(`UPDATE unit_link SET parent_id = $3 WHERE parent_id = ANY($1::uuid[]) AND valid_from >= $2`, [
      sourceIds,
      date,
      targetId,
    ]);
  }

  private async carryOverAppointments(em: EntityManager, sourceIds: string[], targetId: string, date: string) {
    const ended = await updateReturning<{
      person_id: string;
      position: Position;
      acting: boolean;
      old_to: string | null;
    }>(
      em,
      `UPDATE appointment a SET valid_to = $2
         FROM (SELECT id, valid_to AS old_to FROM appointment
                WHERE unit_id = ANY($1::uuid[]) AND valid_from < $2 AND (valid_to IS NULL OR valid_to > $2)) o
        WHERE a.id = o.id
        RETURNING a.person_id, a.position, a.acting, o.old_to`,
      [sourceIds, date],
    );
    const continuing = ended.filter((row) => row.position !== Position.HEAD);
    await em.query(
      `INSERT INTO appointment (person_id, unit_id, position, acting, valid_from, valid_to)
       SELECT person_id, $2, position, acting, $3, old_to
         FROM unnest($1::uuid[], $4::"position"[], $5::boolean[], $6::date[]) AS t(person_id, position, acting, old_to)`,
      [
        continuing.map((row) => row.person_id),
        targetId,
        date,
        continuing.map((row) => row.position),
        continuing.map((row) => row.acting),
        continuing.map((row) => row.old_to),
      ],
    );
    await em.query(`UPDATE appointment SET unit_id = $3 WHERE unit_id = ANY($1::uuid[]) AND valid_from >= $2`, [
      sourceIds,
      date,
      targetId,
    ]);
  }
}
