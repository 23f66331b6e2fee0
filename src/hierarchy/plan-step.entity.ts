import { Column, Entity, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { KeyedEntity } from '../common/dated.entity.js';
import type { UnitKind } from './hierarchy.enums.js';
import { StepKind } from './hierarchy.enums.js';
import { ReorganisationPlan } from './reorganisation-plan.entity.js';

/**
 * What a step says, by unit codes: a source is read as of the day before the plan's effective date, a target as
 * of the effective date (units the plan creates included).
 */
export type StepPayload =
  | {
      kind: StepKind.CREATE;
      code: string;
      name: string;
      unitKind: UnitKind;
      typeVi?: string | null;
      parentCode: string | null;
    }
  | { kind: StepKind.RENAME; code: string; name: string; typeVi?: string | null }
  | { kind: StepKind.MOVE; code: string; parentCode: string }
  | { kind: StepKind.MERGE; sources: string[]; target: string }
  | {
      kind: StepKind.SPLIT;
      source: string;
      /** the successors that receive a part, the first taking the open work unless `defaultSuccessor` says otherwise */
      parts: string[];
      defaultSuccessor?: string | null;
      /** person id → the successor's code, for the people of the split unit */
      people?: Record<string, string>;
    }
  /** the level's units close, with their divisions (offices); their other children move up to the grandparent */
  | { kind: StepKind.ABOLISH_LEVEL; unitKind: UnitKind }
  | { kind: StepKind.MERGE_PROVINCE; province: string; into: string };

@Entity('reorganisation_step')
@Unique('UQ_reorganisation_step_order', ['planId', 'ordinal'])
export class PlanStep extends KeyedEntity {
  @Column({ type: 'uuid' })
  planId: string;

  @ManyToOne(() => ReorganisationPlan, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan: Relation<ReorganisationPlan>;

  @Column({ type: 'int' })
  ordinal: number;

  @Column({ type: 'enum', enum: StepKind, enumName: 'plan_step_kind' })
  kind: StepKind;

  @Column({ type: 'jsonb' })
  payload: StepPayload;
}
