import type { OrderBy } from '../common/where.js';
import type { PersonOrderField, PersonWhere } from './people.inputs.js';
import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../auth/caller.js';
import { assertVisible } from '../auth/policy.js';
import { isValidOn } from '../common/validity.js';
import { BadInputError, NotFoundError, requireDay } from '../common/errors.js';
import { findOrNotFound, type NotFoundLabel } from '../common/find.js';
import { isWellFormedId } from '../common/ids.js';
import { inTransaction } from '../common/transaction.js';
import { requireUnit, type OrganisationChanged } from '../hierarchy/hierarchy.service.js';
import { ancestorIdsOn, subtreeIdsOn, unitsByIds } from '../hierarchy/tree.queries.js';
import { UnitKind } from '../hierarchy/hierarchy.enums.js';
import { Appointment } from './appointment.entity.js';
import type { Position, StaffType } from './people.enums.js';
import { personPolicy } from './people.policy.js';
import { appointmentsOn, headsOn, listPeople } from './people.queries.js';
import { chooseRater, primaryAppointment, type RaterDecision } from './people.rules.js';
import { Person } from './person.entity.js';

export interface NewAppointment {
  personId: string;
  unitId: string;
  position: Position;
  acting?: boolean | null;
  from: string;
  to?: string | null;
}

const PERSON: NotFoundLabel = ['cán bộ', 'Person'];

export function requirePerson(em: EntityManager, id: string, field = 'id'): Promise<Person> {
  return findOrNotFound(em, Person, id, [`cán bộ (${field})`, `Person (${field})`]);
}

function checkRange(from: string, to: string | null | undefined, field = 'to'): void {
  if (to && to <= from) {
    throw new BadInputError(
      [{ field, message: 'ngày kết thúc phải sau ngày bắt đầu' }],
      'The end must come after the start.',
    );
  }
}

/** Appointments (R3 is the database's exclusion constraint) and who heads and rates whom (R4, R5). */
export class PeopleService {
  constructor(
    private readonly db: DataSource,
    private readonly changed: OrganisationChanged = () => Promise.resolve(),
  ) {}

  appoint(input: NewAppointment): Promise<Appointment> {
    requireDay(input.from, 'from');
    checkRange(input.from, input.to);
    return inTransaction(this.db, async (em) => {
      await requirePerson(em, input.personId, 'personId');
      const unit = await requireUnit(em, input.unitId, 'unitId');
      const unitTo = unit.validity.validTo;
      const withinUnit =
        isValidOn(unit.validity, input.from) &&
        (unitTo === null || (Boolean(input.to) && (input.to as string) <= unitTo));
      if (!withinUnit) {
        throw new BadInputError(
          [{ field: 'unitId', message: `đơn vị ${unit.name} không có hiệu lực trong suốt thời gian bổ nhiệm` }],
          `Unit ${unit.code} is not valid for the whole appointment.`,
        );
      }
      const saved = await em.save(
        Appointment.create({
          personId: input.personId,
          unitId: input.unitId,
          position: input.position,
          acting: input.acting ?? false,
          validity: { validFrom: input.from, validTo: input.to ?? null },
        }),
      );
      await this.changed(em, [input.unitId]);
      return saved;
    });
  }

  endAppointment(id: string, to: string): Promise<Appointment> {
    return inTransaction(this.db, async (em) => {
      const appointment = await findOrNotFound(em, Appointment, id, ['quyết định bổ nhiệm', 'Appointment'], {
        lock: true,
      });
      checkRange(appointment.validity.validFrom, to);
      appointment.validity.validTo = to;
      const saved = await em.save(appointment);
      await this.changed(em, [appointment.unitId]);
      return saved;
    });
  }

  /** R5 on a day: who rates this person, and why anything unusual happened. */
  raterOf(personId: string, asOf: string): Promise<RaterDecision> {
    return raterOn(this.db.manager, personId, asOf);
  }

  /** One visible person (the people policy); NOT_FOUND otherwise, exactly as for a missing one. */
  async get(caller: Caller, id: string): Promise<Person> {
    await assertVisible(this.db.manager, personPolicy, caller, id, PERSON);
    return findOrNotFound(this.db.manager, Person, id, PERSON);
  }

  /** A page of the people the caller may see: by name, or those appointed on `day` in a unit (with its sub-units). */
  async list(
    caller: Caller,
    filter: {
      unitId?: string | null;
      includeSubunits?: boolean | null;
      staffType?: StaffType | null;
      search?: string | null;
      where?: PersonWhere;
      orderBy?: ReadonlyArray<OrderBy<PersonOrderField>>;
    },
    day: string,
    offset: number,
    limit: number,
  ): Promise<{ people: Person[]; total: number }> {
    let unitIds: string[] | undefined;
    if (filter.unitId) {
      if (!isWellFormedId(filter.unitId)) throw new NotFoundError('đơn vị (unitId)', 'Unit (unitId)');
      unitIds = filter.includeSubunits ? await subtreeIdsOn(this.db.manager, filter.unitId, day) : [filter.unitId];
    }
    return listPeople(
      this.db.manager,
      {
        unitIds,
        staffType: filter.staffType ?? undefined,
        search: filter.search ?? undefined,
        where: filter.where,
        orderBy: filter.orderBy,
      },
      personPolicy.scope(caller),
      day,
      offset,
      limit,
    );
  }
}

/** R5 on a day, in the caller's transaction: who rates this person, and why anything unusual happened. */
export async function raterOn(em: EntityManager, personId: string, asOf: string): Promise<RaterDecision> {
  const appointment = primaryAppointment((await appointmentsOn(em, [personId], asOf)).get(personId) ?? []);
  if (!appointment) {
    return {
      raterPersonId: null,
      raterUnitId: null,
      warnings: [`Không có bổ nhiệm nào có hiệu lực vào ngày ${asOf}.`],
    };
  }
  const chainIds = [appointment.unitId, ...(await ancestorIdsOn(em, appointment.unitId, asOf))];
  const units = await unitsByIds(em, chainIds, asOf);
  const heads = await headsOn(em, chainIds, asOf);
  const chain = chainIds.map((unitId) => ({
    unitId,
    unitName: units.get(unitId)?.name ?? unitId,
    headPersonId: heads.get(unitId)?.person.id ?? null,
    isCity: units.get(unitId)?.kind === UnitKind.CITY,
  }));
  return chooseRater(personId, appointment.position, chain);
}
