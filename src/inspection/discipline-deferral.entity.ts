import { Column, Entity, Index } from 'typeorm';
import { KeyedEntity } from '../common/dated.entity.js';
import { DeferralReason } from './inspection.enums.js';
import { Validity } from '../common/validity.js';

/** R26: while a case is deferred its clock stands still, over [validFrom, validTo). */
@Entity('discipline_deferral')
export class DisciplineDeferral extends KeyedEntity {
  @Index('IDX_discipline_deferral_case')
  @Column({ type: 'uuid' })
  caseId: string;

  @Column({ type: 'enum', enum: DeferralReason, enumName: 'deferral_reason' })
  reason: DeferralReason;

  @Column(() => Validity, { prefix: false })
  validity: Validity;
}
