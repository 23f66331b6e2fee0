import { BadInputError } from '../common/errors.js';
import { FormFormat } from './forms.enums.js';
import type { FormDocument } from './document.js';
import { renderDocx } from './docx.js';
import { renderPdf } from './pdf.js';

/** A file ready to send: its name, its media type and its bytes. */
export interface Download {
  filename: string;
  contentType: string;
  body: Buffer;
}

export const FORM_FORMATS: Record<FormFormat, { extension: string; contentType: string }> = {
  PDF: { extension: 'pdf', contentType: 'application/pdf' },
  DOCX: { extension: 'docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
};

/** "pdf" or "docx" from a URL → the format; anything else is bad input. */
export function formatOf(extension: string): FormFormat {
  const format = Object.values(FormFormat).find((key) => FORM_FORMATS[key].extension === extension.toLowerCase());
  if (!format)
    throw new BadInputError(
      [{ field: 'format', message: 'định dạng phải là pdf hoặc docx' }],
      'The format must be pdf or docx.',
    );
  return format;
}

export async function render(form: FormDocument, format: FormFormat): Promise<Download> {
  const { extension, contentType } = FORM_FORMATS[format];
  const body = format === FormFormat.PDF ? await renderPdf(form) : await renderDocx(form);
  return { filename: `${form.name}.${extension}`, contentType, body };
}

/** Where each form is downloaded (GET, with the bearer token; the panel's session under /admin). */
export const FORM_PATHS = {
  evaluation: (id: string, format: FormFormat) => `/exports/forms/evaluations/${id}.${FORM_FORMATS[format].extension}`,
  summary: (periodId: string, unitId: string, includeSubunits: boolean, format: FormFormat) =>
    `/exports/forms/summaries/${periodId}/${unitId}.${FORM_FORMATS[format].extension}${includeSubunits ? '?includeSubunits=true' : ''}`,
  initiativeMinutes: (id: string, format: FormFormat) =>
    `/exports/forms/initiatives/${id}.${FORM_FORMATS[format].extension}`,
};
