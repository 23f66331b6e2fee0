import { Column, Entity, Index } from 'typeorm';
import { KeyedEntity } from '../common/dated.entity.js';
import { FindingStatus } from './inspection.enums.js';

/** A finding of a conclusion, with its remediation item: the responsible unit and the date to remedy by (R25). */
@Entity('finding')
export class Finding extends KeyedEntity {
  @Index('IDX_finding_inspection')
  @Column({ type: 'uuid' })
  inspectionId: string;

  @Column({ type: 'text' })
  text: string;

  @Index('IDX_finding_unit')
  @Column({ type: 'uuid' })
  responsibleUnitId: string;

  @Column({ type: 'date' })
  dueDate: string;

  @Column({ type: 'enum', enum: FindingStatus, enumName: 'finding_status', default: FindingStatus.OPEN })
  status: FindingStatus;

  @Column({ type: 'text', nullable: true })
  report: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  reportedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  verificationNote: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  escalatedAt: Date | null;
}
