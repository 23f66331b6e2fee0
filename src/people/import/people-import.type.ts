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

  @Field(() => Int)
  created: number;

  @Field(() => Int)
  updated: number;

  @Field(() => Int)
  unchanged: number;
}

@ObjectType('ImportCellError', {
  description:
    'A problem with a cell (or a whole row when column is null), in Vietnamese; rows numbered as in the spreadsheet.',
})
export class ImportCellErrorType {
  @Field(() => String)
  sheet: string;

  @Field(() => Int)
  row: number;

  @Field(() => String, { nullable: true })
  column: string | null;

  @Field(() => String)
  message: string;
}

@ObjectType('ImportChange')
export class ImportChangeType {
  @Field(() => String)
  sheet: string;

  @Field(() => Int)
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
  @Field(() => Boolean)
  applied: boolean;

  @Field(() => Int)
  rows: number;

  @Field(() => [ImportSheetCountType])
  counts: ImportSheetCountType[];

  @Field(() => [ImportCellErrorType])
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
