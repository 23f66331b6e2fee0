import { BaseEntity, Column, Entity, PrimaryColumn } from 'typeorm';
import { CalendarDayKind } from './calendar.enums.js';

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
