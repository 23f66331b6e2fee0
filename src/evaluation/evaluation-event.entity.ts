import { Column, Entity, Index } from 'typeorm';
import { WorkflowEvent } from '../common/workflow-event.entity.js';
import { EvaluationStatus } from './evaluation.enums.js';

/** One workflow step (R16): who, when, from, to, why; `late` when taken after the period's deadline. */
@Entity('evaluation_event')
export class EvaluationEvent extends WorkflowEvent<EvaluationStatus> {
  @Index('IDX_evaluation_event_evaluation')
  @Column({ type: 'uuid' })
  evaluationId: string;

  @Column({ type: 'enum', enum: EvaluationStatus, enumName: 'evaluation_status', nullable: true })
  fromStatus: EvaluationStatus | null;

  @Column({ type: 'enum', enum: EvaluationStatus, enumName: 'evaluation_status' })
  toStatus: EvaluationStatus;

  @Column({ type: 'boolean', default: false })
  late: boolean;
}
