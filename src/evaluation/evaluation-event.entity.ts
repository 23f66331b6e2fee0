import { BaseEntity, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { EvaluationStatus } from './evaluation.enums.js';

/** One workflow step (R16): who, when, from, to, why; `late` when taken after the period's deadline. */
@Entity('evaluation_event')
export class EvaluationEvent extends BaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('IDX_evaluation_event_evaluation')
  @Column({ type: 'uuid' })
  evaluationId: string;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'varchar', length: 40 })
  action: string;

  @Column({ type: 'enum', enum: EvaluationStatus, enumName: 'evaluation_status', nullable: true })
  fromStatus: EvaluationStatus | null;

  @Column({ type: 'enum', enum: EvaluationStatus, enumName: 'evaluation_status' })
  toStatus: EvaluationStatus;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'boolean', default: false })
  late: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
