import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BadInputError } from '../common/errors.js';
import { isEnumValue } from '../common/enum-value.js';
import { StepKind, UnitKind } from './hierarchy.enums.js';
import type { StepPayload } from './plan-step.entity.js';
import type { NewPlan } from './plan.service.js';
import { stepsFromMapping, type ActUnit, type MappingRow } from './plan.rules.js';

/** A CSV row by column name: a column the file lacks is undefined. */
type Record_ = Partial<Record<string, string>>;

const read = (text: string | Buffer): Record_[] =>
  parse(text, { columns: true, bom: true, skip_empty_lines: true, trim: true });
const first = (record: Record_, ...names: string[]) =>
  names.map((name) => record[name]).find((value) => value !== undefined && value !== '') ?? '';

/** The units an act establishes: `code,name,kind,type_vi,parent_code` (the shape of the units files). */
export function parseActUnits(text: string | Buffer): ActUnit[] {
  return read(text).map((record, index) => {
    const kind = first(record, 'kind');
    if (!isEnumValue(UnitKind, kind))
      throw new BadInputError([
        { field: `units[${String(index + 2)}].kind`, message: `loại đơn vị không hợp lệ: ${kind}` },
      ]);
    return {
      code: first(record, 'code'),
      name: first(record, 'name'),
      kind,
      typeVi: first(record, 'type_vi'),
      parentCode: first(record, 'parent_code') || null,
    };
  });
}

/**
 * A mapping old → new in any of the mapping files' shapes (`old_ward_code`/`old_code`, `new_unit_code`/
 * `new_ward_code`/`new_code`, `note` starting with "part" for a split); `keep` selects rows (e.g. one province's).
 */
export function parseMapping(text: string | Buffer, keep: (record: Record_) => boolean = () => true): MappingRow[] {
  return read(text)
    .filter(keep)
    .map((record, index) => {
      const row = {
        oldCode: first(record, 'old_ward_code', 'old_code'),
        oldName: first(record, 'old_ward_name', 'old_name'),
        newCode: first(record, 'new_unit_code', 'new_ward_code', 'new_code'),
        part: first(record, 'note').startsWith('part'),
      };
      if (!row.oldCode || !row.newCode)
        throw new BadInputError([
          { field: `mapping[${String(index + 2)}]`, message: 'cần mã đơn vị cũ và mã đơn vị mới' },
        ]);
      return row;
    });
}

/** The files of the 2025 reorganisations shipped with the app (src/database/seeds/data/reorg-2025/). */
export function reorg2025File(name: string): Buffer {
  return readFileSync(fileURLToPath(new URL(`../database/seeds/data/reorg-2025/${name}`, import.meta.url)));
}

/**
 * The city as it stands since 1 July 2025, parents first: the city, its 16 agencies of 20 February 2025 and its
 * 168 communes, wards and special zone — for a database that needs today's city without its history.
 */
export function todayUnits(): ActUnit[] {
  return [
    {
      code: CITY_CODE,
      name: 'Thành phố Hồ Chí Minh',
      kind: UnitKind.CITY,
      typeVi: 'Thành phố Trung ương',
      parentCode: null,
    },
    ...parseActUnits(reorg2025File('hcmc-departments-2025-02.csv')),
    ...parseActUnits(reorg2025File('hcmc-units-2025-07.csv')),
  ];
}

/** The province HCMC merged with on 1 July 2025, by the statistics office's code. */
const MERGED_PROVINCES: Record<string, string> = { '74': 'Tỉnh Bình Dương', '77': 'Tỉnh Bà Rịa - Vũng Tàu' };
const CITY_CODE = '79';

/** The Vietnamese type a name starts with: "Thành phố Thủ Dầu Một" → "Thành phố", "Xã An Lập" → "Xã". */
function typeOf(name: string): string {
  return (
    ['Thành phố', 'Thị xã', 'Thị trấn', 'Huyện', 'Phường', 'Xã'].find((type) => name.startsWith(`${type} `)) ??
    name.split(' ').at(0) ??
    ''
  );
}

/**
 * Bình Dương's and Bà Rịa–Vũng Tàu's units as they stood on 30 June 2025 — the provinces, their districts and their
 * communes, parents before children — read from the July mapping's old side, the only list of them the data has.
 * A district without a commune level (Côn Đảo) is a row of its own.
 */
export function mergedProvinceUnits2025(): ActUnit[] {
  const rows: Record_[] = read(reorg2025File('hcmc-ward-mapping-2025-07.csv')).filter(
    (row) => row.old_province_code !== CITY_CODE,
  );
  const units = new Map<string, ActUnit>();
  for (const [code, name] of Object.entries(MERGED_PROVINCES))
    units.set(code, { code, name, kind: UnitKind.CITY, typeVi: 'Tỉnh', parentCode: null });
  for (const row of rows) {
    const district = { code: row.old_district_code ?? '', name: row.old_district_name ?? '' };
    if (!units.has(district.code)) {
      units.set(district.code, {
        ...district,
        kind: UnitKind.DISTRICT,
        typeVi: typeOf(district.name),
        parentCode: row.old_province_code ?? null,
      });
    }
  }
  for (const row of rows) {
    const code = row.old_ward_code ?? '';
    if (units.has(code)) continue;
    const name = (row.old_ward_name ?? '').replace(/\s+/g, ' ');
    units.set(code, {
      code,
      name,
      kind: UnitKind.WARD,
      typeVi: typeOf(name),
      parentCode: row.old_district_code ?? null,
    });
  }
  return [...units.values()];
}

/** The steps of an act from its shipped files: the units it lists and its mapping of old units to new. */
function stepsFromFiles(unitsFile: string, mappingFile: string): StepPayload[] {
  return stepsFromMapping(parseActUnits(reorg2025File(unitsFile)), parseMapping(reorg2025File(mappingFile)));
}

/**
 * HCMC's three acts of 2025 as plans, from the shipped files: wards merged on 1 January, agencies on 20 February,
 * and on 1 July the district level abolished with the wards rearranged under the city. With `provinces`, the July
 * act also merges Bình Dương and Bà Rịa–Vũng Tàu into the city (their units must exist: `mergedProvinceUnits2025`);
 * without, their rows are left out and the new units only they formed are created without predecessors.
 */
export function reorg2025Plans(options: { provinces?: boolean } = {}): Array<{ plan: NewPlan; steps: StepPayload[] }> {
  const julyRows = parseMapping(
    reorg2025File('hcmc-ward-mapping-2025-07.csv'),
    (record) => options.provinces === true || record.old_province_code === CITY_CODE,
  );
  const provinceSteps: StepPayload[] = options.provinces
    ? Object.keys(MERGED_PROVINCES).map((province) => ({ kind: StepKind.MERGE_PROVINCE, province, into: CITY_CODE }))
    : [];
  return [
    {
      plan: {
        actNumber: '1278/NQ-UBTVQH15',
        title: 'Sắp xếp đơn vị hành chính cấp xã của Thành phố Hồ Chí Minh giai đoạn 2023–2025',
        signedOn: '2024-11-14',
        effectiveDate: '2025-01-01',
      },
      steps: stepsFromFiles('hcmc-units-2025-01.csv', 'hcmc-ward-mapping-2025-01.csv'),
    },
    {
      plan: {
        actNumber: 'HĐND TP.HCM 20/02/2025',
        title: 'Sắp xếp các cơ quan chuyên môn thuộc Ủy ban nhân dân Thành phố',
        signedOn: '2025-02-20',
        effectiveDate: '2025-02-20',
      },
      steps: stepsFromFiles('hcmc-departments-2025-02.csv', 'hcmc-department-mapping-2025-02.csv'),
    },
    {
      plan: {
        actNumber: '1685/NQ-UBTVQH15',
        title: 'Sắp xếp các đơn vị hành chính cấp xã của Thành phố Hồ Chí Minh năm 2025',
        signedOn: '2025-06-16',
        effectiveDate: '2025-07-01',
      },
      steps: [
        ...stepsFromMapping(parseActUnits(reorg2025File('hcmc-units-2025-07.csv')), julyRows, {
          abolish: [UnitKind.DISTRICT],
          createUnmapped: true,
        }),
        ...provinceSteps,
      ],
    },
  ];
}
