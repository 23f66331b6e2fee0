import type { EntityManager } from 'typeorm';
import { queryRows } from '../common/queries.js';
import { makeCalendar, type WorkCalendar } from './calendar.js';

/** The calendar table as the pure functions take it. */
export async function loadWorkCalendar(em: EntityManager): Promise<WorkCalendar> {
  return makeCalendar(await queryRows(em, `SELECT day::text AS day, kind FROM calendar_day`));
}
