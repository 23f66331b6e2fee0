import { registerLabelledEnum } from '../common/enum-labels.js';

export enum FormFormat {
  PDF = 'PDF',
  DOCX = 'DOCX',
}

export const FORM_FORMAT_LABELS_VI: Record<FormFormat, string> = { PDF: 'Bản PDF để in, ký', DOCX: 'Bản Word để sửa' };

registerLabelledEnum(FormFormat, {
  name: 'FormFormat',
  description: 'PDF to print and sign; DOCX to edit.',
  labels: FORM_FORMAT_LABELS_VI,
});
