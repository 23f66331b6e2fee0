import { Length } from 'class-validator';
import { Arg, Ctx, Field, ID, InputType, Mutation, Query, Resolver } from 'type-graphql';
import { Allow, SIGNED_IN } from '../auth/permissions.js';
import type { RequestContext } from '../context.js';
import { AttachmentOwner, AttachmentPurpose } from './files.enums.js';
import { AttachmentType } from './files.type.js';
import { decodeUpload, FileContentType, FileInput } from './upload.js';

@InputType({ description: 'A file to attach to a record.' })
export class AttachFileInput {
  @Field(() => AttachmentOwner, { description: 'The kind of record.' })
  owner: AttachmentOwner;

  @Field(() => ID, { description: 'The record’s id; one the caller does not see is NOT_FOUND.' })
  @Length(1, 64)
  ownerId: string;

  @Field(() => AttachmentPurpose, {
    description: 'What the file is; one that does not apply to the owner → BAD_USER_INPUT.',
  })
  purpose: AttachmentPurpose;

  @Field(() => FileInput, { description: 'The file; empty, too large or of a type not accepted → BAD_USER_INPUT.' })
  file: FileInput;
}

/** Files on initiatives, inspections, findings, 1022 items and discipline cases: the record's policy decides. */
@Resolver(() => AttachmentType)
export class FilesResolver {
  @Allow(SIGNED_IN)
  @Query(() => [AttachmentType], { description: 'The files of a record the caller sees (NOT_FOUND otherwise).' })
  async attachments(
    @Ctx() ctx: RequestContext,
    @Arg('owner', () => AttachmentOwner, { description: 'The kind of record.' }) owner: AttachmentOwner,
    @Arg('ownerId', () => ID, { description: 'The record’s id.' }) ownerId: string,
  ) {
    return (await ctx.services.files.list(await ctx.caller(), owner, ownerId)).map((row) => AttachmentType.from(row));
  }

  @Allow(SIGNED_IN)
  @Query(() => FileContentType, {
    description: 'A file’s bytes (base64), for whoever sees its record; GET downloadPath serves the same.',
  })
  async attachmentContent(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The attachment’s id.' }) id: string,
  ): Promise<FileContentType> {
    const { attachment, bytes } = await ctx.services.files.content(await ctx.caller(), id);
    return { name: attachment.fileName, mediaType: attachment.mediaType, contentBase64: bytes.toString('base64') };
  }

  @Allow(SIGNED_IN)
  @Mutation(() => AttachmentType, {
    description: 'Attaches a file (size-capped, type checked by content) to a record the caller may write.',
  })
  async attachFile(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AttachFileInput, { description: 'The record and the file.' }) input: AttachFileInput,
  ) {
    const bytes = decodeUpload(input.file, ctx.services.files.maxBytes, 'file');
    const row = await ctx.services.files.attach(await ctx.caller(), {
      owner: input.owner,
      ownerId: input.ownerId,
      purpose: input.purpose,
      fileName: input.file.name,
      bytes,
    });
    return AttachmentType.from(row);
  }
}
