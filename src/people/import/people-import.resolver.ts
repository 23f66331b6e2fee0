import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../../auth/permissions.js';
import { HOME_AFFAIRS_OFFICE } from '../../auth/role.js';
import type { RequestContext } from '../../context.js';
import { decodeUpload, FileContentType, FileInput } from '../../files/upload.js';
import { peopleImportTemplate } from './people-import.template.js';
import { PeopleImportReportType } from './people-import.type.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Home Affairs' import of people, appointments, absences and pay from .xlsx or CSV: preview, then apply. */
@Resolver()
export class PeopleImportResolver {
  @Allow(...HOME_AFFAIRS_OFFICE)
  @Query(() => FileContentType, {
    description: 'The workbook to fill in (.xlsx): a sheet per kind of row and a guide.',
  })
  async peopleImportTemplate(): Promise<FileContentType> {
    return {
      name: 'mau-nhap-can-bo.xlsx',
      mediaType: XLSX,
      contentBase64: (await peopleImportTemplate()).toString('base64'),
    };
  }

  @Allow(...HOME_AFFAIRS_OFFICE)
  @Mutation(() => PeopleImportReportType, {
    description: 'What the file would add and change, and every error by row and column. Changes nothing.',
  })
  async previewPeopleImport(
    @Ctx() ctx: RequestContext,
    @Arg('file', () => FileInput, { description: 'The filled-in workbook (.xlsx) or a CSV.' }) file: FileInput,
  ) {
    return this.run(ctx, file, false);
  }

  @Allow(...HOME_AFFAIRS_OFFICE)
  @Mutation(() => PeopleImportReportType, {
    description: 'Writes the file in one transaction — all of it, or nothing if any row has an error (applied: false).',
  })
  async applyPeopleImport(
    @Ctx() ctx: RequestContext,
    @Arg('file', () => FileInput, { description: 'The filled-in workbook (.xlsx) or a CSV.' }) file: FileInput,
  ) {
    return this.run(ctx, file, true);
  }

  private async run(ctx: RequestContext, file: FileInput, apply: boolean) {
    const bytes = decodeUpload(file, ctx.services.files.maxBytes);
    return PeopleImportReportType.from(await ctx.services.peopleImport.run(await ctx.caller(), bytes, { apply }));
  }
}
