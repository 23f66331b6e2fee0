import { Column, Entity, Index } from 'typeorm';
import { KeyedEntity } from '../common/dated.entity.js';

/** kiểm điểm trách nhiệm: opened on the head of the responsible unit when a finding is not remedied in time. */
@Entity('responsibility_review')
export class ResponsibilityReview extends KeyedEntity {
  @Index('UQ_responsibility_review_finding', { unique: true })
  @Column({ type: 'uuid' })
  findingId: string;

  @Column({ type: 'uuid' })
  unitId: string;

  /** the head on the day it was opened; null when the post was vacant */
  @Column({ type: 'uuid', nullable: true })
  personId: string | null;

  @Column({ type: 'date' })
  openedOn: string;

  @Column({ type: 'text', nullable: true })
  conclusion: string | null;

  @Column({ type: 'date', nullable: true })
  closedOn: string | null;
}
