import { BaseEntity, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** One configurable value (see DEFAULT_SETTINGS), as JSON. */
@Entity('setting')
export class Setting extends BaseEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  key: string;

  @Column({ type: 'jsonb' })
  value: unknown;

  @Column({ type: 'varchar', length: 500 })
  description: string;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
