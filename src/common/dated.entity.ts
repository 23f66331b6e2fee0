import { BaseEntity, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A record known by a random id. */
export abstract class KeyedEntity extends BaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;
}

/** A record with a random id and the instant it was created. */
export abstract class CreatedEntity extends KeyedEntity {
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/**
 * The columns of a record that lives and changes: a random id, the instant it was created and the instant it last
 * changed (`updated_at`, set by TypeORM on every save through an entity; the audit trail holds the history).
 */
export abstract class DatedEntity extends CreatedEntity {
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
