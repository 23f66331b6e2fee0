import { BaseEntity, Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Attachment } from './attachment.entity.js';

/** The bytes of an attachment kept in PostgreSQL (the default store), apart from the row lists read. */
@Entity('attachment_content')
export class AttachmentContent extends BaseEntity {
  @PrimaryColumn({ type: 'uuid' })
  attachmentId: string;

  @OneToOne(() => Attachment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'attachment_id' })
  attachment: Relation<Attachment>;

  @Column({ type: 'bytea' })
  content: Buffer;
}
