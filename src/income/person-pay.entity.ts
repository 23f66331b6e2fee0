import { BaseEntity, Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { numberTransformer } from '../common/numeric.js';

/** A person's pay basis: a monthly salary (grade + position allowance), or a fixed monthly amount. */
@Entity('person_pay')
@Check('CHK_person_pay_one_basis', `("monthly_salary" IS NULL) <> ("fixed_monthly_amount" IS NULL)`)
export class PersonPay extends BaseEntity {
  @PrimaryColumn({ type: 'uuid' })
  personId: string;

  @Column({ type: 'bigint', nullable: true, transformer: numberTransformer })
  monthlySalary: number | null;

  @Column({ type: 'bigint', nullable: true, transformer: numberTransformer })
  fixedMonthlyAmount: number | null;
}
