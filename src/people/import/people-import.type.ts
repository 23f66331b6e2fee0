import { Field, Int, ObjectType } from 'type-graphql';
import { SHEETS, SHEET_KINDS } from './people-import.rules.js';
import type { PeopleImportReport } from './people-import.service.js';

@ObjectType('ImportSheetCount', {
  description: 'What a sheet of the file does: rows added, changed and already as stored.',
})
export class ImportSheetCountType {
  @Field(() => String, { description: 'people, appointments, absences or pay' })
  kind: string;

  @Field(() => String, { description: 'the sheet’s Vietnamese title (Cán bộ, Bổ nhiệm, Vắng mặt, Lương)' })
  sheet: string;

  @Field(() => Int, { description: 'rows that add a record' })
  created: number;

  @Field(() => Int, { description: 'rows that change a stored record' })
  updated: number;

  @Field(() => Int, { description: 'rows already as stored' })
  unchanged: number;
}

@ObjectType('ImportCellError', {
  description:
    'A problem with a cell (or a whole row when column is null), in Vietnamese; rows numbered as in the spreadsheet.',
})
export class ImportCellErrorType {
  @Field(() => String, { description: 'the sheet’s title' })
  sheet: string;

  @Field(() => Int, { description: 'the row, numbered as in the spreadsheet' })
  row: number;

  @Field(() => String, { nullable: true, description: 'the column’s header; null for the whole row' })
  column: string | null;

  @Field(() => String, { description: 'what is wrong, in Vietnamese' })
  message: string;
}

@ObjectType('ImportChange', { description: 'A row of the file that adds or changes a record.' })
export class ImportChangeType {
  @Field(() => String, { description: 'the sheet’s title' })
  sheet: string;

  @Field(() => Int, { description: 'the row, numbered as in the spreadsheet' })
  row: number;

  @Field(() => String, { description: 'NEW or CHANGED' })
  outcome: string;

  @Field(() => [String], { description: 'the columns a CHANGED row changes' })
  fields: string[];
}

@ObjectType('PeopleImportReport', {
  description: 'A preview, or an apply (written only when there is no error at all).',
})
export class PeopleImportReportType {
  @Field(() => Boolean, { description: 'true: the file was written; false: a preview, or refused for its errors' })
  applied: boolean;

  @Field(() => Int, { description: 'data rows read, all sheets together' })
  rows: number;

  @Field(() => [ImportSheetCountType], { description: 'what each sheet does' })
  counts: ImportSheetCountType[];

  @Field(() => [ImportCellErrorType], { description: 'every problem found; any one refuses the whole file' })
  errors: ImportCellErrorType[];

  @Field(() => [ImportChangeType], { description: 'the first 500 rows added or changed' })
  changes: ImportChangeType[];

  @Field(() => [String], { description: 'sheets read past: their header is none of the import’s' })
  ignoredSheets: string[];

  static from(report: PeopleImportReport): PeopleImportReportType {
    const counts = SHEET_KINDS.map((kind) => ({ kind, sheet: SHEETS[kind].title, ...report.counts[kind] }));
    return Object.assign(new PeopleImportReportType(), { ...report, counts });
  }
}
