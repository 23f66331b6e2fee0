import { BaseEntity, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('initiative_proposer')
export class InitiativeProposer extends BaseEntity {
  @PrimaryColumn({ type: 'uuid' })
  initiativeId: string;

  @Index('IDX_initiative_proposer_person')
  @PrimaryColumn({ type: 'uuid' })
  personId: string;
}
