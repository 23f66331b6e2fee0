import { Column, CreateDateColumn } from 'typeorm';
import { KeyedEntity } from './dated.entity.js';

/**
 * The one shape of a workflow's event row (evaluations, initiatives, 1022 items): what was done, by whom, when,
 * from which status to which, and why. Each table adds the record it belongs to and its status columns, typed with
 * its own enum.
 */
export abstract class WorkflowEvent<S extends string> extends KeyedEntity {
  @Column({ type: 'varchar', length: 40 })
  action: string;

  /** null for a record's first event */
  fromStatus: S | null;

  toStatus: S | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** the user who took the step; null for steps of the system (an import, a seed, a job) */
  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
