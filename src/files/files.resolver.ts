import { Length } from 'class-validator';
import { Arg, Ctx, Field, ID, InputType, Mutation, Query, Resolver } from 'type-graphql';
import { Allow, SIGNED_IN } from '../auth/permissions.js';
import type { RequestContext } from '../context.js';
import { AttachmentOwner, AttachmentPurpose } from './files.enums.js';
import { AttachmentType } from './files.type.js';
import { decodeUpload, FileContentType, FileInput } from './upload.js';

@InputType()
export class AttachFileInput {
  @Field(() => AttachmentOwner)
  owner: AttachmentOwner;

  @Field(() => ID)
  @Length(1, 64)
  ownerId: string;

  @Field(() => AttachmentPurpose)
  purpose: AttachmentPurpose;

  @Field(() => FileInput)
  file: FileInput;
}

/** Files on initiatives, inspections, findings, 1022 items and discipline cases: the record's policy decides. */
@Resolver(() => AttachmentType)
export class FilesResolver {
  @Allow(SIGNED_IN)
  @Query(() => [AttachmentType], { description: 'The files of a record the caller sees (NOT_FOUND otherwise).' })
  async attachments(
    @Ctx() ctx: RequestContext,
    @Arg('owner', () => AttachmentOwner) owner: AttachmentOwner,
    @Arg('ownerId', () => ID) ownerId: string,
  ) {
    return (await ctx.services.files.list(await ctx.caller(), owner, ownerId)).map((row) => AttachmentType.from(row));
  }

  @Allow(SIGNED_IN)
  @Query(() => FileContentType, {
    description: 'A file’s bytes (base64), for whoever sees its record; GET downloadPath serves the same.',
  })
  async attachmentContent(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<FileContentType> {
    const { attachment, bytes } = await ctx.services.files.content(await ctx.caller(), id);
    return { name: attachment.fileName, mediaType: attachment.mediaType, contentBase64: bytes.toString('base64') };
  }

  @Allow(SIGNED_IN)
  @Mutation(() => AttachmentType, {
    description: 'Attaches a file (size-capped, type checked by content) to a record the caller may write.',
  })
  async attachFile(@Ctx() ctx: RequestContext, @Arg('input', () => AttachFileInput) input: AttachFileInput) {
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
