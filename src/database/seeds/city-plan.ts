import { randomUUID } from 'node:crypto';
import { Role } from '../../auth/auth.enums.js';
import { UnitKind } from '../../hierarchy/hierarchy.enums.js';
import { Position, StaffType } from '../../people/people.enums.js';
import { seededRandom, vietnameseName } from './names.js';
import type { UnitRow } from './units-csv.js';

export const UNITS_VALID_FROM = '2020-01-01';

export interface PlannedUnit {
  id: string;
  code: string;
  name: string;
  typeVi: string;
  kind: UnitKind;
  parentId: string | null;
}

export interface PlannedPerson {
  id: string;
  fullName: string;
  staffType: StaffType;
  unitId: string;
  position: Position;
  validFrom: string;
}

export interface PlannedLogin {
  username: string;
  roles: Role[];
  personId: string | null;
}

export interface CityPlan {
  units: PlannedUnit[];
  people: PlannedPerson[];
  logins: PlannedLogin[];
}

export interface PlanOptions {
  divisionsPerDepartment: number;
  divisionsPerDistrict: number;
  /** divisions under each commune-level unit (today's city has no districts: its wards carry the offices) */
  divisionsPerWard?: number;
  /** people per unit besides the head; or a city-wide total spread evenly */
  staffPerUnit?: number;
  totalStaff?: number;
  seed: number;
}

/**
 * Codes of the units the demo logins belong to (hcmc-units-2023.csv). A code has a date: 27439 is Phường Bình Hưng
 * Hoà A until 30 June 2025 and Phường Bình Hưng Hòa from 1 July; `binhtan` heads Quận Bình Tân (777) until then
 * and Phường Bình Tân (27442) from that day.
 */
export const DEMO_UNITS = {
  city: '79',
  homeAffairs: 'SNV',
  justice: 'STP',
  inspectorate: 'TTTP',
  binhTan: '777',
  bhha: '27439',
  binhTanWard: '27442',
};

/** The wards formed on 1 July 2025 from Quận Bình Tân's: where the demo's evaluations and 1022 items are. */
export const BINH_TAN_AREA = ['27439', '27442', '27448', '27457', '27460'];

function headStaffType(kind: UnitKind): StaffType {
  if (kind === UnitKind.PUBLIC_SERVICE_UNIT) return StaffType.VIEN_CHUC;
  if (kind === UnitKind.DEPARTMENT || kind === UnitKind.DIVISION) return StaffType.CONG_CHUC;
  return StaffType.CAN_BO;
}

/**
 * The city as seeded: the 2023 units, optional divisions under agencies and districts, a head for every unit
 * (appointed no later than 2023-01-01), a deputy and staff, and the people the demo logins are bound to.
 */
export function planCity(csv: readonly UnitRow[], options: PlanOptions): CityPlan {
  const random = seededRandom(options.seed);
  const idByCode = new Map<string, string>();
  const units: PlannedUnit[] = [];
  for (const row of csv) {
    const id = randomUUID();
    idByCode.set(row.code, id);
    units.push({
      id,
      code: row.code,
      name: row.name,
      typeVi: row.typeVi,
      kind: row.kind,
      parentId: row.parentCode ? (idByCode.get(row.parentCode) ?? null) : null,
    });
  }
  for (const parent of [...units]) {
    const count =
      parent.kind === UnitKind.DEPARTMENT
        ? options.divisionsPerDepartment
        : parent.kind === UnitKind.DISTRICT
          ? options.divisionsPerDistrict
          : parent.kind === UnitKind.WARD || parent.kind === UnitKind.SPECIAL_ZONE
            ? (options.divisionsPerWard ?? 0)
            : 0;
    for (let i = 1; i <= count; i += 1) {
      units.push({
        id: randomUUID(),
        code: `${parent.code}-P${String(i).padStart(2, '0')}`,
        name: `Phòng ${DIVISION_NAMES[(i - 1) % DIVISION_NAMES.length] ?? ''} (${parent.name})`,
        typeVi: 'Phòng',
        kind: UnitKind.DIVISION,
        parentId: parent.id,
      });
    }
  }

  const perUnit = options.totalStaff ? Math.floor(options.totalStaff / units.length) : (options.staffPerUnit ?? 3);
  let extra = options.totalStaff ? options.totalStaff - perUnit * units.length : 0;
  const people: PlannedPerson[] = [];
  const add = (unit: PlannedUnit, position: Position, staffType: StaffType) => {
    const person: PlannedPerson = {
      id: randomUUID(),
      fullName: vietnameseName(random),
      staffType,
      unitId: unit.id,
      position,
      validFrom:
        position === Position.HEAD
          ? `${String(2015 + Math.floor(random() * 9))}-01-01`
          : `${String(2010 + Math.floor(random() * 14))}-07-01`,
    };
    people.push(person);
    return person;
  };
  const headOf = new Map<string, PlannedPerson>();
  const firstStaffOf = new Map<string, PlannedPerson>();
  for (const unit of units) {
    headOf.set(unit.id, add(unit, Position.HEAD, headStaffType(unit.kind)));
    let count = perUnit - 1;
    if (extra > 0) {
      count += 1;
      extra -= 1;
    }
    for (let i = 0; i < count; i += 1) {
      const person = add(
        unit,
        i === 0 ? Position.DEPUTY : Position.STAFF,
        unit.kind === UnitKind.PUBLIC_SERVICE_UNIT ? StaffType.VIEN_CHUC : StaffType.CONG_CHUC,
      );
      if (i === 1) firstStaffOf.set(unit.id, person);
    }
  }

  const unit = (code: string) => {
    const id = idByCode.get(code);
    if (!id) throw new Error(`the seed needs unit ${code} among its units`);
    return id;
  };
  // in the city of 2023 binhtan heads Quận Bình Tân; in today's, Phường Bình Tân
  const binhTan = idByCode.has(DEMO_UNITS.binhTan) ? DEMO_UNITS.binhTan : DEMO_UNITS.binhTanWard;
  const logins: PlannedLogin[] = [
    { username: 'admin', roles: [Role.SYSTEM_ADMIN], personId: null },
    {
      username: 'noivu',
      roles: [Role.HOME_AFFAIRS],
      personId: firstStaffOf.get(unit(DEMO_UNITS.homeAffairs))?.id ?? null,
    },
    { username: 'chutich', roles: [Role.CITY_LEADER], personId: headOf.get(unit(DEMO_UNITS.city))?.id ?? null },
    { username: 'thamdinh', roles: [Role.BOARD_MEMBER], personId: headOf.get(unit(DEMO_UNITS.justice))?.id ?? null },
    {
      username: 'kiemtra',
      roles: [Role.INSPECTOR],
      personId: firstStaffOf.get(unit(DEMO_UNITS.inspectorate))?.id ?? null,
    },
    { username: 'xem', roles: [Role.VIEWER], personId: null },
    { username: 'binhtan', roles: [], personId: headOf.get(unit(binhTan))?.id ?? null },
    { username: 'bhha', roles: [], personId: headOf.get(unit(DEMO_UNITS.bhha))?.id ?? null },
    { username: 'canbo', roles: [], personId: firstStaffOf.get(unit(DEMO_UNITS.bhha))?.id ?? null },
  ];
  return { units, people, logins };
}

const DIVISION_NAMES = [
  'Tổ chức cán bộ',
  'Kế hoạch - Tài chính',
  'Văn phòng',
  'Thanh tra',
  'Tư pháp',
  'Nội vụ',
  'Tài nguyên và Môi trường',
  'Quản lý đô thị',
  'Văn hóa và Thông tin',
  'Lao động - Thương binh và Xã hội',
];
