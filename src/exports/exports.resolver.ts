import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Allow, SIGNED_IN } from '../auth/permissions.js';
import { ForbiddenError } from '../common/errors.js';
import type { RequestContext } from '../context.js';
import { EvaluationFilter } from '../evaluation/evaluation.inputs.js';
import { FormFormat } from '../forms/forms.enums.js';
import { FORM_FORMATS, FORM_PATHS } from '../forms/forms.js';
import { payoutPolicy } from '../income/income.policy.js';
import { PersonFilter } from '../people/people.inputs.js';
import { asQuery, evaluationsFilterOf, exportUrl, LIST_EXPORT_PATHS, peopleFilterOf } from './list-exports.js';
import { DownloadLink } from './exports.type.js';
import { XLSX_CONTENT_TYPE } from './xlsx.js';

const link = (url: string, name: string, format: FormFormat) =>
  DownloadLink.of(url, `${name}.${FORM_FORMATS[format].extension}`, FORM_FORMATS[format].contentType);

/**
 * Official forms and Excel exports: each answers a download URL once the caller may see what it holds (NOT_FOUND
 * otherwise, as for the record itself); the download asks the same policy again.
 */
@Resolver()
export class ExportsResolver {
  @Allow(SIGNED_IN)
  @Query(() => DownloadLink, {
    description:
      'The evaluation form of a person and period (the decree’s appendix), for whoever may see the evaluation (R32).',
  })
  async evaluationForm(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The evaluation.' }) id: string,
    @Arg('format', () => FormFormat, { description: 'PDF or DOCX.' }) format: FormFormat,
  ): Promise<DownloadLink> {
    const form = await ctx.services.exports.evaluationForm(await ctx.caller(), id);
    return link(FORM_PATHS.evaluation(id, format), form.name, format);
  }

  @Allow(SIGNED_IN)
  @Query(() => DownloadLink, {
    description:
      'The summary list of a unit’s results in a period (danh sách tổng hợp): the rows the caller may see (R32).',
  })
  async evaluationSummaryForm(
    @Ctx() ctx: RequestContext,
    @Arg('periodId', () => ID, { description: 'The period.' }) periodId: string,
    @Arg('unitId', () => ID, { description: 'The unit whose people are listed.' }) unitId: string,
    @Arg('format', () => FormFormat, { description: 'PDF or DOCX.' }) format: FormFormat,
    @Arg('includeSubunits', () => Boolean, {
      nullable: true,
      description: 'List its sub-units’ people too (default false).',
    })
    includeSubunits?: boolean,
  ): Promise<DownloadLink> {
    const caller = await ctx.caller();
    const form = await ctx.services.exports.summaryForm(caller, periodId, unitId, Boolean(includeSubunits));
    return link(FORM_PATHS.summary(periodId, unitId, Boolean(includeSubunits), format), form.name, format);
  }

  @Allow(SIGNED_IN)
  @Query(() => DownloadLink, {
    description: 'The board’s review minutes of an initiative’s last recorded round (INVALID_STATE before a result).',
  })
  async initiativeMinutesForm(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The initiative.' }) id: string,
    @Arg('format', () => FormFormat, { description: 'PDF or DOCX.' }) format: FormFormat,
  ): Promise<DownloadLink> {
    const form = await ctx.services.exports.initiativeMinutesForm(await ctx.caller(), id);
    return link(FORM_PATHS.initiativeMinutes(id, format), form.name, format);
  }

  @Allow(SIGNED_IN)
  @Query(() => DownloadLink, {
    description: '`evaluations` with the same filter as an .xlsx file: every page, the same policy (R32).',
  })
  evaluationsExport(
    @Arg('filter', () => EvaluationFilter, { nullable: true, description: 'As for `evaluations`.' })
    filter?: EvaluationFilter,
  ): DownloadLink {
    const checked = evaluationsFilterOf(asQuery(filter));
    return DownloadLink.of(
      exportUrl(LIST_EXPORT_PATHS.evaluations, checked),
      'danh-sach-phieu-danh-gia.xlsx',
      XLSX_CONTENT_TYPE,
    );
  }

  @Allow(SIGNED_IN)
  @Query(() => DownloadLink, {
    description: '`people` with the same filter as an .xlsx file: every page, the same policy.',
  })
  peopleExport(
    @Arg('filter', () => PersonFilter, { nullable: true, description: 'As for `people`.' }) filter?: PersonFilter,
  ): DownloadLink {
    const checked = peopleFilterOf(asQuery(filter));
    return DownloadLink.of(exportUrl(LIST_EXPORT_PATHS.people, checked), 'danh-sach-can-bo.xlsx', XLSX_CONTENT_TYPE);
  }

  @Allow(SIGNED_IN)
  @Query(() => DownloadLink, {
    description: 'A closed quarter’s payouts as .xlsx (beside the CSV), for those who see every result.',
  })
  async payoutsExport(
    @Ctx() ctx: RequestContext,
    @Arg('periodId', () => ID, { description: 'The quarter (R30).' }) periodId: string,
  ): Promise<DownloadLink> {
    if (!payoutPolicy.can(await ctx.caller(), 'export')) throw new ForbiddenError();
    const period = await ctx.services.periods.get(periodId);
    return DownloadLink.of(
      `/exports/payouts/${period.id}.xlsx`,
      `thu-nhap-tang-them-Q${String(period.quarter)}-${String(period.year)}.xlsx`,
      XLSX_CONTENT_TYPE,
    );
  }
}
