import { BaseEntity, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * The columns of a record that lives and changes: a random id, the instant it was created and the instant it last
 * changed (`updated_at`, set by TypeORM on every save through an entity; the audit trail holds the history).
 */
export abstract class DatedEntity extends BaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
