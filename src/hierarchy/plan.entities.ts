import {
  BaseEntity,
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { Unit } from './unit.entity.js';
import type { UnitKind } from './unit-kind.js';

export enum PlanStatus {
  /** being entered; can be checked and previewed */
  DRAFT = 'DRAFT',
  /** checked, waiting for its effective date; applied by the scheduler on that day */
  SCHEDULED = 'SCHEDULED',
  APPLIED = 'APPLIED',
  /** withdrawn before it came into force: nothing of it was applied */
  WITHDRAWN = 'WITHDRAWN',
}

export const PLAN_STATUS_LABELS_VI: Record<PlanStatus, string> = {
  DRAFT: 'Đang soạn',
  SCHEDULED: 'Chờ đến ngày hiệu lực',
  APPLIED: 'Đã áp dụng',
  WITHDRAWN: 'Đã rút',
};

export enum StepKind {
  CREATE = 'CREATE',
  RENAME = 'RENAME',
  MOVE = 'MOVE',
  MERGE = 'MERGE',
  SPLIT = 'SPLIT',
  ABOLISH_LEVEL = 'ABOLISH_LEVEL',
  MERGE_PROVINCE = 'MERGE_PROVINCE',
}

export const STEP_KIND_LABELS_VI: Record<StepKind, string> = {
  CREATE: 'Thành lập đơn vị',
  RENAME: 'Đổi tên',
  MOVE: 'Chuyển trực thuộc',
  MERGE: 'Hợp nhất, sáp nhập',
  SPLIT: 'Chia tách',
  ABOLISH_LEVEL: 'Bỏ cấp hành chính',
  MERGE_PROVINCE: 'Hợp nhất tỉnh',
};

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

/** One legal act that reorganises units (its number, signing and effective dates) with its steps. */
@Entity('reorganisation_plan')
export class ReorganisationPlan extends BaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** số hiệu văn bản, e.g. 1685/NQ-UBTVQH15 */
  @Column({ type: 'varchar', length: 100 })
  actNumber: string;

  @Column({ type: 'varchar', length: 500 })
  title: string;

  @Column({ type: 'date' })
  signedOn: string;

  @Index('IDX_reorganisation_plan_effective')
  @Column({ type: 'date' })
  effectiveDate: string;

  @Column({ type: 'enum', enum: PlanStatus, enumName: 'plan_status', default: PlanStatus.DRAFT })
  status: PlanStatus;

  /** what applying it did (the same report as its preview), kept once applied */
  @Column({ type: 'jsonb', nullable: true })
  report: Record<string, unknown> | null;

  @Column({ type: 'timestamptz', nullable: true })
  appliedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

@Entity('reorganisation_step')
@Unique('UQ_reorganisation_step_order', ['planId', 'ordinal'])
export class PlanStep extends BaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

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

/** A unit's predecessor from a day on: the whole of it, or a part (a split). Written when a plan is applied. */
@Entity('unit_lineage')
@Unique('UQ_unit_lineage', ['predecessorId', 'successorId'])
@Check('CHK_unit_lineage_not_self', `"predecessor_id" <> "successor_id"`)
export class UnitLineage extends BaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('IDX_unit_lineage_predecessor')
  @Column({ type: 'uuid' })
  predecessorId: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'predecessor_id' })
  predecessor: Relation<Unit>;

  @Index('IDX_unit_lineage_successor')
  @Column({ type: 'uuid' })
  successorId: string;

  @ManyToOne(() => Unit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'successor_id' })
  successor: Relation<Unit>;

  /** the successor's first day */
  @Column({ type: 'date' })
  effectiveDate: string;

  /** false: the predecessor was split and this successor took a part of it */
  @Column({ type: 'boolean' })
  whole: boolean;

  @Column({ type: 'uuid', nullable: true })
  planId: string | null;
}
