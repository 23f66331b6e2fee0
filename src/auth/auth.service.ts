import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { withDbErrors } from '../common/db-errors.js';
import { NotFoundError, UnauthenticatedError } from '../common/errors.js';
import { isWellFormedId } from '../common/ids.js';
import { AuthToken } from './auth-token.entity.js';
import type { AuthUser } from './auth-user.js';
import { hashPassword, verifyPassword } from './passwords.js';
import type { Role } from './role.js';
import { User } from './user.entity.js';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: User;
}

export interface NewUser {
  username: string;
  password: string;
  roles: Role[];
  personId?: string | null;
}

function toAuthUser(user: Pick<User, 'id' | 'username' | 'roles' | 'personId'>): AuthUser {
  return { id: user.id, username: user.username, roles: user.roles, personId: user.personId };
}

/** Users, passwords (argon2id) and opaque tokens kept only as hashes, with expiry and last use. */
export class AuthService {
  constructor(
    private readonly db: DataSource,
    private readonly tokenTtlHours: number,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The same UNAUTHENTICATED answer for an unknown user, a wrong password and a deactivated account. */
  async checkPassword(username: string, password: string): Promise<User> {
    const user = await this.db.manager.findOne(User, { where: { username: username.trim().toLowerCase() } });
    const ok = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !ok || !user.active) throw new UnauthenticatedError();
    return user;
  }

  async login(username: string, password: string): Promise<LoginResult> {
    const user = await this.checkPassword(username, password);
    const token = randomBytes(32).toString('base64url');
    const now = this.now();
    const expiresAt = new Date(now.getTime() + this.tokenTtlHours * 3_600_000);
    await this.db.manager.insert(AuthToken, { tokenHash: hashToken(token), userId: user.id, expiresAt, lastUsedAt: now });
    return { token, expiresAt, user };
  }

  /** One statement: finds a live token of an active user and records its use. */
  async authenticate(token: string): Promise<AuthUser | null> {
    type Row = Pick<User, 'id' | 'username' | 'roles' | 'personId'>;
    const [rows] = (await this.db.query(
      `UPDATE auth_token t SET last_used_at = $2
         FROM app_user u
        WHERE t.token_hash = $1 AND t.expires_at > $2 AND u.id = t.user_id AND u.active
        RETURNING u.id, u.username, u.roles::text[] AS roles, u.person_id AS "personId"`,
      [hashToken(token), this.now()],
    )) as [Row[], number];
    return rows.length > 0 ? toAuthUser(rows[0]) : null;
  }

  async logout(token: string): Promise<boolean> {
    await this.db.manager.delete(AuthToken, { tokenHash: hashToken(token) });
    return true;
  }

  createUser(input: NewUser): Promise<User> {
    return withDbErrors(async () =>
      this.db.manager.save(
        User.create({
          username: input.username.trim().toLowerCase(),
          passwordHash: await hashPassword(input.password),
          roles: input.roles,
          personId: input.personId ?? null,
          active: true,
        }),
      ),
    );
  }

  /** Deactivating a user ends every token they hold, at once. */
  async setActive(userId: string, active: boolean): Promise<void> {
    if (!isWellFormedId(userId)) throw new NotFoundError('người dùng', 'User');
    await this.db.transaction(async (em) => {
      const result = await em.update(User, { id: userId }, { active });
      if (!result.affected) throw new NotFoundError('người dùng', 'User');
      if (!active) await em.delete(AuthToken, { userId });
    });
  }
}
