import { Check, Column, Entity, Index } from 'typeorm';
import { KeyedEntity } from '../common/dated.entity.js';
import { Validity } from '../common/validity.js';

/** A member of the appraisal board (Tổ thẩm định): a BOARD_MEMBER user representing a department; one chair. */
@Entity('board_member')
@Check('CHK_board_member_validity', `"valid_to" IS NULL OR "valid_to" > "valid_from"`)
export class BoardMember extends KeyedEntity {
  @Index('IDX_board_member_user')
  @Column({ type: 'uuid' })
  userId: string;

  /** the department the member represents */
  @Column({ type: 'uuid' })
  unitId: string;

  @Column({ type: 'boolean', default: false })
  chair: boolean;

  @Column(() => Validity, { prefix: false })
  validity: Validity;
}
