import type { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller.js';
import { evaluationForm } from '../forms/evaluation-form.js';
import type { FormDocument } from '../forms/document.js';
import { evaluationFormData, initiativeMinutesData, summaryFormData } from '../forms/forms.queries.js';
import type { Download } from '../forms/forms.js';
import { initiativeMinutes } from '../forms/initiative-minutes.js';
import { summaryForm } from '../forms/summary-form.js';
import { evaluationsXlsx, peopleXlsx, type EvaluationsExportFilter, type PeopleExportFilter } from './list-exports.js';

/**
 * The official forms and the Excel lists, each read with the policy of what it shows (evaluations: R32;
 * initiatives: R27), for the GraphQL links and the downloads alike.
 */
export class ExportsService {
  constructor(private readonly db: DataSource) {}

  async evaluationForm(caller: Caller, id: string): Promise<FormDocument> {
    return evaluationForm(await evaluationFormData(this.db.manager, caller, id));
  }

  async summaryForm(caller: Caller, periodId: string, unitId: string, includeSubunits: boolean): Promise<FormDocument> {
    return summaryForm(await summaryFormData(this.db.manager, caller, periodId, unitId, includeSubunits));
  }

  async initiativeMinutesForm(caller: Caller, id: string): Promise<FormDocument> {
    return initiativeMinutes(await initiativeMinutesData(this.db.manager, caller, id));
  }

  evaluationsXlsx(caller: Caller, filter: EvaluationsExportFilter): Promise<Download> {
    return evaluationsXlsx(this.db.manager, caller, filter);
  }

  peopleXlsx(caller: Caller, filter: PeopleExportFilter): Promise<Download> {
    return peopleXlsx(this.db.manager, caller, filter);
  }
}
