import type { EntityManager } from 'typeorm';
import { queryFirst, queryOne } from '../common/queries.js';
import { Position } from '../people/people.enums.js';
import type { AuthUser } from './auth-user.js';
import { callerUnitsSql, type CallerUnits } from './caller.js';
import { User } from './user.entity.js';

/** A login attempt, written before it is counted (so that parallel attempts see each other); its id. */
export async function recordLoginAttempt(
  em: EntityManager,
  username: string,
  address: string,
  at: Date,
): Promise<string> {
  const { id } = await queryFirst<{ id: string }>(
    em,
    `INSERT INTO login_failure (username, address, at) VALUES ($1, $2, $3) RETURNING id`,
    [username, address, at],
  );
  return id;
}

/** The attempts since `since` for the username and for the address. */
export async function loginFailuresSince(
  em: EntityManager,
  username: string,
  address: string,
  since: Date,
): Promise<{ byName: number; byAddress: number }> {
  return queryFirst<{ byName: number; byAddress: number }>(
    em,
    `SELECT count(*) FILTER (WHERE username = $1)::int AS "byName", count(*) FILTER (WHERE address = $2)::int AS "byAddress"
       FROM login_failure WHERE at > $3 AND (username = $1 OR address = $2)`,
    [username, address, since],
  );
}

/** The user of this username with the password hash, which is otherwise never selected. */
export function userWithPasswordHash(em: EntityManager, username: string): Promise<User | null> {
  return em
    .createQueryBuilder(User, 'u')
    .addSelect('u.passwordHash')
    .where('u.username = :username', { username })
    .getOne();
}

/** How often a token's last use is written: a read-mostly request should not write a row every time. */
export const TOKEN_USE_RESOLUTION_SECONDS = 60;

/**
 * One statement: the active user of a live token with their units on `day` (`callerUnitsSql`), its use recorded at
 * `now` unless it was recorded less than `TOKEN_USE_RESOLUTION_SECONDS` before; null for any other token.
 */
export async function useToken(
  em: EntityManager,
  tokenHash: string,
  now: Date,
  day: string,
): Promise<(AuthUser & CallerUnits) | null> {
  const units = callerUnitsSql('(SELECT person_id FROM live)', '$3', '$4');
  return queryOne(
    em,
    `WITH RECURSIVE live AS (
       SELECT t.id AS token_id, u.id, u.username, u.roles::text[] AS roles, u.person_id
         FROM auth_token t JOIN app_user u ON u.id = t.user_id
        WHERE t.token_hash = $1 AND t.expires_at > $2 AND u.active
     ), used AS (
       UPDATE auth_token t SET last_used_at = $2 FROM live
        WHERE t.id = live.token_id AND t.last_used_at <= $2::timestamptz - make_interval(secs => $5)
     ), ${units.with}
     SELECT live.id, live.username, live.roles, live.person_id AS "personId", ${units.select} FROM live`,
    [tokenHash, now, day, Position.HEAD, TOKEN_USE_RESOLUTION_SECONDS],
  );
}
