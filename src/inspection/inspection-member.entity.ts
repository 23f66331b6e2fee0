import { BaseEntity, Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** The inspection team: users with the INSPECTOR role, one of them the lead. */
@Entity('inspection_member')
@Unique('UQ_inspection_member', ['inspectionId', 'userId'])
export class InspectionMember extends BaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  inspectionId: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'boolean', default: false })
  lead: boolean;
}
