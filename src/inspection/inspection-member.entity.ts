import { Column, Entity, Unique } from 'typeorm';
import { KeyedEntity } from '../common/dated.entity.js';

/** The inspection team: users with the INSPECTOR role, one of them the lead. */
@Entity('inspection_member')
@Unique('UQ_inspection_member', ['inspectionId', 'userId'])
export class InspectionMember extends KeyedEntity {
  @Column({ type: 'uuid' })
  inspectionId: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'boolean', default: false })
  lead: boolean;
}
