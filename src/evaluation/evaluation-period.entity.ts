import { Check, Column, Entity, Exclusion } from 'typeorm';
import { CreatedEntity } from '../common/dated.entity.js';
import { PeriodKind, PeriodStatus } from './evaluation.enums.js';

/** A YEAR, QUARTER or MONTH of evaluation, [startsOn, endsOn] both included. Two of a kind never overlap. */
@Entity('evaluation_period')
@Exclusion('EXC_period_overlap', `USING gist ("kind" WITH =, daterange("starts_on", "ends_on", '[]') WITH &&)`)
@Check('CHK_period_dates', `"ends_on" >= "starts_on"`)
export class EvaluationPeriod extends CreatedEntity {
  @Column({ type: 'enum', enum: PeriodKind, enumName: 'period_kind' })
  kind: PeriodKind;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'int', nullable: true })
  quarter: number | null;

  @Column({ type: 'int', nullable: true })
  month: number | null;

  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date' })
  endsOn: string;

  /** the last day steps are on time; later steps are allowed and flagged */
  @Column({ type: 'date', nullable: true })
  deadline: string | null;

  @Column({ type: 'enum', enum: PeriodStatus, enumName: 'period_status', default: PeriodStatus.OPEN })
  status: PeriodStatus;

  @Column({ type: 'uuid', nullable: true })
  openedByUserId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}
