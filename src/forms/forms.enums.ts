import { registerEnumType } from 'type-graphql';

export enum FormFormat {
  PDF = 'PDF',
  DOCX = 'DOCX',
}

registerEnumType(FormFormat, { name: 'FormFormat', description: 'PDF to print and sign; DOCX to edit.' });
