import { MaxLength, Length } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { BadInputError } from '../common/errors.js';

/** The most a file may weigh by default (attachments and imports alike); FILE_MAX_BYTES changes it. */
export const DEFAULT_FILE_MAX_BYTES = 10 * 1024 * 1024;

/** Base64 makes 3 bytes 4 characters: the longest text a file of `maxBytes` can be sent as. */
export const base64Length = (maxBytes: number) => Math.ceil(maxBytes / 3) * 4;

@InputType('FileInput', {
  description:
    'A file sent inside a GraphQL request: its name (shown, never trusted for its type) and its bytes in base64.',
})
export class FileInput {
  @Field(() => String, { description: 'The file’s name (1–255 characters).' })
  @Length(1, 255)
  name: string;

  @Field(() => String, {
    description: 'The bytes in base64; over the file limit (10 MB by default) → BAD_USER_INPUT.',
  })
  @MaxLength(base64Length(64 * 1024 * 1024))
  contentBase64: string;
}

@ObjectType('FileContent', {
  description: 'A file sent back: name, type (found from the content) and bytes in base64.',
})
export class FileContentType {
  @Field(() => String, { description: 'The file’s name, for saving it.' })
  name: string;

  @Field(() => String, { description: 'Its media type, e.g. application/pdf.' })
  mediaType: string;

  @Field(() => String, { description: 'Its bytes in base64.' })
  contentBase64: string;
}

/** The bytes of an uploaded file; text that is not base64 is refused on `field`, a file over `maxBytes` too. */
export function decodeUpload(input: FileInput, maxBytes: number, field = 'file'): Buffer {
  const text = input.contentBase64.replace(/\s/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) {
    throw new BadInputError(
      [{ field: `${field}.contentBase64`, message: 'không phải base64 hợp lệ' }],
      'contentBase64 is not base64.',
    );
  }
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length > maxBytes) {
    throw new BadInputError(
      [{ field, message: `tệp vượt mức tối đa ${String(Math.round(maxBytes / 1_048_576))} MB` }],
      `The file is over ${String(maxBytes)} bytes.`,
    );
  }
  return bytes;
}
