import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars.js';
import { AttachmentOwner, AttachmentPurpose } from './files.enums.js';
import type { AttachmentRow } from './files.queries.js';

@ObjectType('Attachment', { description: 'A file attached to a record, seen by whoever sees the record.' })
export class AttachmentType {
  @Field(() => ID)
  id: string;

  @Field(() => AttachmentOwner)
  owner: AttachmentOwner;

  @Field(() => ID)
  ownerId: string;

  @Field(() => AttachmentPurpose)
  purpose: AttachmentPurpose;

  @Field(() => String)
  fileName: string;

  @Field(() => String, { description: 'found from the content, not from the name' })
  mediaType: string;

  @Field(() => Int)
  byteSize: number;

  @Field(() => String)
  sha256: string;

  @Field(() => String, { nullable: true, description: 'the login that uploaded it' })
  uploadedBy: string | null;

  @Field(() => DateTimeScalar)
  createdAt: Date;

  @Field(() => String, { description: 'GET with the bearer token for the bytes' })
  downloadPath: string;

  static from(row: AttachmentRow): AttachmentType {
    return Object.assign(new AttachmentType(), { ...row, downloadPath: `/files/${row.id}` });
  }
}
