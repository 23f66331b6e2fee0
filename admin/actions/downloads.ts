import type { ActionContext, ActionResponse } from 'adminjs';
import { callerOf } from '../session.js';
import { COMPONENTS } from '../components/index.js';
import { ADMIN_ROOT } from '../deps.js';
import type { Caller } from '../../src/auth/caller.js';
import { FormFormat } from '../../src/forms/forms.enums.js';

export interface DownloadOffer {
  label: string;
  links: Array<{ format: string; href: string }>;
}

/** The same file in PDF (to print and sign) and DOCX (to edit), under the panel's download routes. */
export function pdfAndDocx(label: string, path: (format: FormFormat) => string): DownloadOffer {
  return {
    label,
    links: Object.values(FormFormat).map((format) => ({
      format: format,
      href: `${ADMIN_ROOT}${path(format)}`,
    })),
  };
}

/**
 * A record action that offers files to download (admin/components/downloads.tsx): `offers` says which, for the
 * caller; each link's route asks the policy again when it is followed.
 */
export function downloadAction(
  offers: (caller: Caller, context: ActionContext) => Promise<{ downloads: DownloadOffer[]; message?: string }>,
) {
  return {
    actionType: 'record' as const,
    icon: 'Printer',
    component: COMPONENTS.Downloads,
    handler: async (_request: unknown, _response: unknown, context: ActionContext): Promise<ActionResponse> => {
      const caller = callerOf(context);
      const offered = caller ? await offers(caller, context) : { downloads: [] };
      return { record: context.record?.toJSON(context.currentAdmin), ...offered };
    },
  };
}
