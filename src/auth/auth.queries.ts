import type { EntityManager } from 'typeorm';
import { queryFirst, updateReturning } from '../common/queries.js';
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

/** One statement: the active user of a live token, whose use is recorded at `now`; null for any other token. */
export async function useToken(
  em: EntityManager,
  tokenHash: string,
  now: Date,
): Promise<Pick<User, 'id' | 'username' | 'roles' | 'personId'> | null> {
  const rows = await updateReturning<Pick<User, 'id' | 'username' | 'roles' | 'personId'>>(
    em,
    `UPDATE auth_token t SET last_used_at = $2
       FROM app_user u
      WHERE t.token_hash = $1 AND t.expires_at > $2 AND u.id = t.user_id AND u.active
      RETURNING u.id, u.username, u.roles::text[] AS roles, u.person_id AS "personId"`,
    [tokenHash, now],
  );
  return rows.at(0) ?? null;
}
