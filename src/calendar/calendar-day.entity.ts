import { BaseEntity, Column, Entity, PrimaryColumn } from 'typeorm';

export enum CalendarDayKind {
  /** ngày nghỉ — an official day off on a weekday */
  DAY_OFF = 'DAY_OFF',
  /** ngày làm bù — a Saturday or Sunday worked in exchange */
  MAKE_UP_WORKING_DAY = 'MAKE_UP_WORKING_DAY',
}

/** One exception to the Monday–Friday week (R31), maintained by the admin. */
@Entity('calendar_day')
export class CalendarDay extends BaseEntity {
  @PrimaryColumn({ type: 'date' })
  day: string;

  @Column({ type: 'enum', enum: CalendarDayKind, enumName: 'calendar_day_kind' })
  kind: CalendarDayKind;

  @Column({ type: 'varchar', length: 255 })
  name: string;
}
