import type { DataSource } from 'typeorm';
import { hashPassword } from '../../src/auth/passwords.js';
import type { Role } from '../../src/auth/auth.enums.js';
import { User } from '../../src/auth/user.entity.js';
import { UnitKind } from '../../src/hierarchy/hierarchy.enums.js';
import { UnitLink } from '../../src/hierarchy/unit-link.entity.js';
import { Unit } from '../../src/hierarchy/unit.entity.js';
import { Appointment } from '../../src/people/appointment.entity.js';
import { Position, StaffType } from '../../src/people/people.enums.js';
import { Person } from '../../src/people/person.entity.js';
import { TEST_PASSWORD } from '../support/test-app.js';

let sequence = 0;
const next = () => (sequence += 1);

export async function makeUnit(
  db: DataSource,
  fields: { name?: string; code?: string; kind?: UnitKind; parent?: Unit | null; validFrom?: string } = {},
): Promise<Unit> {
  const n = next();
  const validFrom = fields.validFrom ?? '2020-01-01';
  const unit = await db.manager.save(
    Unit.create({
      code: fields.code ?? `U${n}`,
      name: fields.name ?? `Đơn vị ${n}`,
      typeVi: 'Phường',
      kind: fields.kind ?? UnitKind.WARD,
      validity: { validFrom, validTo: null },
    }),
  );
  if (fields.parent)
    await db.manager.save(
      UnitLink.create({ unitId: unit.id, parentId: fields.parent.id, validity: { validFrom, validTo: null } }),
    );
  return unit;
}

export async function makePerson(
  db: DataSource,
  fullName = `Cán bộ ${next()}`,
  staffType = StaffType.CONG_CHUC,
): Promise<Person> {
  return db.manager.save(Person.create({ fullName, staffType }));
}

export async function appoint(
  db: DataSource,
  person: Person,
  unit: Unit,
  position: Position,
  fields: { acting?: boolean; from?: string; to?: string | null } = {},
): Promise<Appointment> {
  return db.manager.save(
    Appointment.create({
      personId: person.id,
      unitId: unit.id,
      position,
      acting: fields.acting ?? false,
      validity: { validFrom: fields.from ?? '2020-01-01', validTo: fields.to ?? null },
    }),
  );
}

/** A person appointed as the head of a unit, from 2020 on unless told otherwise. */
export async function makeHead(
  db: DataSource,
  unit: Unit,
  fields: { acting?: boolean; from?: string; to?: string | null } = {},
) {
  const person = await makePerson(db, `Thủ trưởng ${unit.name}`, StaffType.CAN_BO);
  await appoint(db, person, unit, Position.HEAD, fields);
  return person;
}

let passwordHash: Promise<string> | undefined;

export async function makeUser(
  db: DataSource,
  username: string,
  roles: Role[],
  person: Person | null = null,
): Promise<User> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return db.manager.save(
    User.create({ username, passwordHash: await passwordHash, roles, personId: person?.id ?? null, active: true }),
  );
}

/** A district with three wards, each with a head, under a city with a head: the usual shape of a rating chain. */
export async function districtWithThreeWards(db: DataSource) {
  const city = await makeUnit(db, { name: 'Thành phố Thử nghiệm', kind: UnitKind.CITY });
  const district = await makeUnit(db, { name: 'Quận Thử nghiệm', kind: UnitKind.DISTRICT, parent: city });
  const wards = [];
  for (const name of ['Phường Một', 'Phường Hai', 'Phường Ba'])
    wards.push(await makeUnit(db, { name, parent: district }));
  const cityHead = await makeHead(db, city);
  const districtHead = await makeHead(db, district);
  return { city, district, wards, cityHead, districtHead };
}
