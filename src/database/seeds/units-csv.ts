import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { enumValue } from '../../common/enum-value.js';
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
  const records: Array<{ code: string; name: string; kind: string; type_vi: string; parent_code: string }> = parse(
    readFileSync(file),
    { columns: true, bom: true, skip_empty_lines: true, trim: true },
  );
  return records.map((record) => {
    const kind = enumValue(UnitKind, record.kind);
    if (!kind) throw new Error(`hcmc-units-2023.csv: unknown kind ${record.kind} for ${record.code}`);
    return {
      code: record.code,
      name: record.name,
      kind,
      typeVi: record.type_vi,
      parentCode: record.parent_code || null,
    };
  });
}
