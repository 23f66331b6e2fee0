import { BaseEntity, Column, Entity, PrimaryColumn } from 'typeorm';
import { EvaluationStatus } from '../evaluation/evaluation.enums.js';

/**
 * Summaries the dashboards read instead of the raw rows. Kept in step by triggers in the same statement as the
 * change (migrations/…-dashboard-summaries.ts), so that no write path — a service, the panel's CRUD, the portal
 * import, a reorganisation plan, psql — can leave them stale; nothing writes them from the code.
 */

/** Evaluations per period, unit, status and level ('NONE' while unrated). */
@Entity('evaluation_summary')
export class EvaluationSummary extends BaseEntity {
  @PrimaryColumn({ type: 'uuid' })
  periodId: string;

  @PrimaryColumn({ type: 'uuid' })
  unitId: string;

  @PrimaryColumn({ type: 'enum', enum: EvaluationStatus, enumName: 'evaluation_status' })
  status: EvaluationStatus;

  /** a rating_level, or NONE */
  @PrimaryColumn({ type: 'text' })
  level: string;

  @Column({ type: 'int' })
  count: number;
}
