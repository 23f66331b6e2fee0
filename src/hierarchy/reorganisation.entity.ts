import { Column, Entity, Index } from 'typeorm';
import { CreatedEntity } from '../common/dated.entity.js';
import { ReorganisationKind } from './hierarchy.enums.js';

/** The record of a move or a merge (R1, R2): what changed, from which day, who did it. Written by the service. */
@Entity('reorganisation')
export class Reorganisation extends CreatedEntity {
  @Column({ type: 'enum', enum: ReorganisationKind, enumName: 'reorganisation_kind' })
  kind: ReorganisationKind;

  @Index('IDX_reorganisation_date')
  @Column({ type: 'date' })
  effectiveDate: string;

  /** the moved unit, or the merged sources */
  @Column({ type: 'uuid', array: true })
  unitIds: string[];

  /** the new parent (MOVE) or the unit the sources merged into (MERGE) */
  @Column({ type: 'uuid' })
  targetUnitId: string;

  /** in words, for people reading the log */
  @Column({ type: 'varchar', length: 2000 })
  summary: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  note: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;
}
