import type { DataSource, EntityManager } from 'typeorm';
import { dayInRange } from '../common/dates.js';
import { withDbErrors } from '../common/db-errors.js';
import { BadInputError, NotFoundError, requireDay } from '../common/errors.js';
import { isWellFormedId } from '../common/ids.js';
import { requireUnit, type OrganisationChanged } from '../hierarchy/hierarchy.service.js';
import { ancestorIdsOn, unitsValidOn } from '../hierarchy/tree.queries.js';
import { UnitKind } from '../hierarchy/hierarchy.enums.js';
import { Appointment } from './appointment.entity.js';
import type { Position } from './people.enums.js';
import { appointmentsOn, headsOn } from './people.queries.js';
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

export async function requirePerson(em: EntityManager, id: string, field = 'id'): Promise<Person> {
  const person = isWellFormedId(id) ? await em.findOne(Person, { where: { id } }) : null;
  if (!person) throw new NotFoundError(`cán bộ (${field})`, `Person (${field})`);
  return person;
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
    private readonly changed: OrganisationChanged = async () => undefined,
  ) {}

  appoint(input: NewAppointment): Promise<Appointment> {
    requireDay(input.from, 'from');
    checkRange(input.from, input.to);
    return withDbErrors(() =>
      this.db.transaction(async (em) => {
        await requirePerson(em, input.personId, 'personId');
        const unit = await requireUnit(em, input.unitId, 'unitId');
        const withinUnit =
          dayInRange(input.from, unit.validFrom, unit.validTo) &&
          (unit.validTo === null || (Boolean(input.to) && (input.to as string) <= unit.validTo));
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
            validFrom: input.from,
            validTo: input.to ?? null,
          }),
        );
        await this.changed(em, [input.unitId]);
        return saved;
      }),
    );
  }

  endAppointment(id: string, to: string): Promise<Appointment> {
    return withDbErrors(() =>
      this.db.transaction(async (em) => {
        const appointment = isWellFormedId(id)
          ? await em.findOne(Appointment, { where: { id }, lock: { mode: 'pessimistic_write' } })
          : null;
        if (!appointment) throw new NotFoundError('quyết định bổ nhiệm', 'Appointment');
        checkRange(appointment.validFrom, to);
        appointment.validTo = to;
        const saved = await em.save(appointment);
        await this.changed(em, [appointment.unitId]);
        return saved;
      }),
    );
  }

  /** R5 on a day: who rates this person, and why anything unusual happened. */
  async raterOf(personId: string, asOf: string, em: EntityManager = this.db.manager): Promise<RaterDecision> {
    const appointment = primaryAppointment((await appointmentsOn(em, [personId], asOf)).get(personId) ?? []);
    if (!appointment) {
      return {
        raterPersonId: null,
        raterUnitId: null,
        warnings: [`Không có bổ nhiệm nào có hiệu lực vào ngày ${asOf}.`],
      };
    }
    const chainIds = [appointment.unitId, ...(await ancestorIdsOn(em, appointment.unitId, asOf))];
    const units = new Map((await unitsValidOn(em, chainIds, asOf)).map((unit) => [unit.id, unit]));
    const heads = await headsOn(em, chainIds, asOf);
    const chain = chainIds.map((unitId) => ({
      unitId,
      unitName: units.get(unitId)?.name ?? unitId,
      headPersonId: heads.get(unitId)?.person.id ?? null,
      isCity: units.get(unitId)?.kind === UnitKind.CITY,
    }));
    return chooseRater(personId, appointment.position, chain);
  }
}
