import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars.js';
import { AttachmentOwner, AttachmentPurpose } from './files.enums.js';
import type { AttachmentRow } from './files.queries.js';

@ObjectType('Attachment', { description: 'A file attached to a record, seen by whoever sees the record.' })
export class AttachmentType {
  @Field(() => ID, { description: 'the attachment’s id' })
  id: string;

  @Field(() => AttachmentOwner, { description: 'the kind of record it is attached to' })
  owner: AttachmentOwner;

  @Field(() => ID, { description: 'the record’s id' })
  ownerId: string;

  @Field(() => AttachmentPurpose, { description: 'what the file is to its record' })
  purpose: AttachmentPurpose;

  @Field(() => String, { description: 'the name it was uploaded with' })
  fileName: string;

  @Field(() => String, { description: 'found from the content, not from the name' })
  mediaType: string;

  @Field(() => Int, { description: 'its size in bytes' })
  byteSize: number;

  @Field(() => String, { description: 'the SHA-256 of its bytes, hex; checked on every read' })
  sha256: string;

  @Field(() => String, { nullable: true, description: 'the login that uploaded it' })
  uploadedBy: string | null;

  @Field(() => DateTimeScalar, { description: 'when it was uploaded' })
  createdAt: Date;

  @Field(() => String, { description: 'GET with the bearer token for the bytes' })
  downloadPath: string;

  static from(row: AttachmentRow): AttachmentType {
    return Object.assign(new AttachmentType(), { ...row, downloadPath: `/files/${row.id}` });
  }
}
