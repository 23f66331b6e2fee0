import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UnitKind } from '../../hierarchy/hierarchy.enums.js';

export interface UnitRow {
  code: string;
  name: string;
  kind: UnitKind;
  typeVi: string;
  parentCode: string | null;
}

/** The city's 2023 units (shipped with the app: ../shared/data/hcmc-units-2023.csv), parents before children. */
export function readCityUnits2023(): UnitRow[] {
  const file = fileURLToPath(new URL('./data/hcmc-units-2023.csv', import.meta.url));
  const records: Array<Record<string, string>> = parse(readFileSync(file), {
    columns: true,
    bom: true,
    skip_empty_lines: true,
    trim: true,
  });
  return records.map((record) => {
    if (!(record.kind in UnitKind))
      throw new Error(`hcmc-units-2023.csv: unknown kind ${record.kind} for ${record.code}`);
    return {
      code: record.code,
      name: record.name,
      kind: record.kind as UnitKind,
      typeVi: record.type_vi,
      parentCode: record.parent_code || null,
    };
  });
}
