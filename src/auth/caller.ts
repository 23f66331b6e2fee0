import type { EntityManager } from 'typeorm';
import { queryFirst } from '../common/queries.js';
import { VALID_ON } from '../common/validity.js';
import { Position } from '../people/people.enums.js';
import type { AuthUser } from './auth-user.js';
import { hasAnyRole } from './permissions.js';
import { CITY_WIDE } from './role.js';
import type { Role } from './auth.enums.js';

/**
 * Who is asking, on which day, and where they work: resolved once per request (GraphQL) or per panel click,
 * then handed to every policy. Policies decide synchronously from it.
 */
export interface Caller {
  user: AuthUser;
  /** Today in Asia/Ho_Chi_Minh, the day appointments are read on. */
  day: string;
  /** Home Affairs, city leaders and system administrators see the whole city. */
  cityWide: boolean;
  /** The units the caller is appointed to on the day (any position). */
  memberUnits: readonly string[];
  /** The units the caller heads on the day (acting or not). */
  headedUnits: readonly string[];
  /** The headed units and everything under them on the day: where the caller is a superior head. */
  overseen: readonly string[];
  /** Member units and overseen units: the rows of a head's or a staff member's scope. */
  reach: readonly string[];
}

export function hasRole(caller: Caller | null, ...roles: Role[]): boolean {
  return hasAnyRole(caller?.user ?? null, roles);
}

/** The caller's units on a day, as the statements below select them. */
export interface CallerUnits {
  member: string[];
  headed: string[];
  overseen: string[];
  reach: string[];
}

/**
 * The caller's units on a day, as SQL: `with` declares `mine` (the appointments of the person `person` on `day`) and
 * `below` (the headed units and their subtrees); `select` names the four arrays of `CallerUnits`. `head` is the
 * parameter holding Position.HEAD. Under `WITH RECURSIVE`, beside whatever CTE yields the person.
 */
export function callerUnitsSql(person: string, day: string, head: string): { with: string; select: string } {
  return {
    with: `mine AS (
       SELECT a.unit_id, a.position FROM appointment a
        WHERE a.person_id = ${person} AND ${VALID_ON('a', day)}
     ), below(id) AS (
       SELECT unit_id FROM mine WHERE position = ${head}
       UNION
       SELECT l.unit_id FROM unit_link l JOIN below b ON l.parent_id = b.id
        WHERE ${VALID_ON('l', day)}
     )`,
    select: `coalesce((SELECT array_agg(DISTINCT unit_id) FROM mine), '{}') AS member,
            coalesce((SELECT array_agg(DISTINCT unit_id) FROM mine WHERE position = ${head}), '{}') AS headed,
            coalesce((SELECT array_agg(DISTINCT id) FROM below), '{}') AS overseen,
            coalesce((SELECT array_agg(DISTINCT id) FROM (SELECT unit_id AS id FROM mine UNION SELECT id FROM below) r), '{}') AS reach`,
  };
}

/** The caller of `user` on `day`, their units as `callerUnitsSql` read them. */
export function callerOf(user: AuthUser, day: string, units: CallerUnits): Caller {
  return {
    user,
    day,
    cityWide: user.roles.some((role) => CITY_WIDE.includes(role)),
    memberUnits: units.member,
    headedUnits: units.headed,
    overseen: units.overseen,
    reach: units.reach,
  };
}

const NO_UNITS: CallerUnits = { member: [], headed: [], overseen: [], reach: [] };

/** One statement: the caller's appointments on the day and the subtrees of the units they head. */
export async function resolveCaller(em: EntityManager, user: AuthUser, day: string): Promise<Caller> {
  if (!user.personId) return callerOf(user, day, NO_UNITS);
  const units = callerUnitsSql('$1', '$2', '$3');
  const row = await queryFirst<CallerUnits>(em, `WITH RECURSIVE ${units.with} SELECT ${units.select}`, [
    user.personId,
    day,
    Position.HEAD,
  ]);
  return callerOf(user, day, row);
}
