import { Column, Entity, Index } from 'typeorm';
import { CreatedEntity } from '../common/dated.entity.js';
import { ForcingEventKind } from './inspection.enums.js';

/** Recorded by Home Affairs with its date and document; it forces the one YEAR and the one QUARTER its date falls in. */
@Entity('forcing_event')
export class ForcingEvent extends CreatedEntity {
  @Index('IDX_forcing_event_person')
  @Column({ type: 'uuid' })
  personId: string;

  @Column({ type: 'enum', enum: ForcingEventKind, enumName: 'forcing_event_kind' })
  kind: ForcingEventKind;

  @Column({ type: 'date' })
  occurredOn: string;

  /** the document it rests on: its number and issuer */
  @Column({ type: 'varchar', length: 500 })
  document: string;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;
}
