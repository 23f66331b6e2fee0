import { createHash, randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { findOrNotFound, type NotFoundLabel } from '../common/find.js';
import { inTransaction } from '../common/transaction.js';
import { BadInputError, NotFoundError, UnauthenticatedError } from '../common/errors.js';
import { isWellFormedId } from '../common/ids.js';
import { logger } from '../common/logger.js';
import { AuthToken } from './auth-token.entity.js';
import { loginFailuresSince, recordLoginAttempt, userWithPasswordHash, useToken } from './auth.queries.js';
import type { AuthUser } from './auth-user.js';
import { callerOf, type Caller } from './caller.js';
import { cityDayOf } from '../common/dates.js';
import { isEmailAddress } from '../notification/notification.rules.js';
import { LoginFailure } from './login-failure.entity.js';
import { hashPassword, verifyPassword } from './passwords.js';
import type { Role } from './auth.enums.js';
import { User } from './user.entity.js';

const USER: NotFoundLabel = ['người dùng', 'User'];
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
  /** where notifications are e-mailed; empty → none */
  email?: string | null;
  emailNotifications?: boolean;
}

/** Where a login attempt comes from, for throttling and the log. */
export interface LoginAttempt {
  address: string;
  requestId: string;
}

/** Throttling: after this many failures for one username or one address within the window, refuse. */
export const LOGIN_FAILURE_LIMIT = 10;
export const LOGIN_WINDOW_MINUTES = 15;
const MIN_PASSWORD_LENGTH = 8;

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

  /**
   * The same UNAUTHENTICATED answer for an unknown user, a wrong password, a deactivated account and a throttled
   * attempt; a throttled attempt does not check the password at all.
   */
  async checkPassword(username: string, password: string, attempt: LoginAttempt): Promise<User> {
    const name = username.trim().toLowerCase().slice(0, 64);
    const address = attempt.address.slice(0, 64);
    // The attempt is written before it is counted, so that parallel attempts see each other: no burst gets more
    // password checks than the limit. A refused attempt is taken back (refusals do not extend the window).
    const attemptId = await recordLoginAttempt(this.db.manager, name, address, this.now());
    if (await this.throttled(name, address)) {
      await this.db.manager.delete(LoginFailure, { id: attemptId });
      logger.warn({ username: name, address, requestId: attempt.requestId }, 'login refused: too many failures');
      throw new UnauthenticatedError();
    }
    const user = await userWithPasswordHash(this.db.manager, name);
    const ok = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !ok || !user.active) {
      await this.db.query(`DELETE FROM login_failure WHERE at < $1`, [new Date(this.now().getTime() - 86_400_000)]);
      logger.warn({ username: name, address, requestId: attempt.requestId }, 'login failed');
      throw new UnauthenticatedError();
    }
    await this.db.manager.delete(LoginFailure, { username: name });
    return user;
  }

  /** More than the limit within the window (the attempt being counted included) for the username or the address. */
  private async throttled(username: string, address: string): Promise<boolean> {
    const since = new Date(this.now().getTime() - LOGIN_WINDOW_MINUTES * 60_000);
    const failures = await loginFailuresSince(this.db.manager, username, address, since);
    return failures.byName > LOGIN_FAILURE_LIMIT || failures.byAddress > LOGIN_FAILURE_LIMIT;
  }

  /** The user as stored now, or null once deactivated: the admin panel asks on every request. */
  async activeUser(id: string): Promise<AuthUser | null> {
    const user = isWellFormedId(id) ? await this.db.manager.findOne(User, { where: { id, active: true } }) : null;
    return user ? toAuthUser(user) : null;
  }

  async login(username: string, password: string, attempt: LoginAttempt): Promise<LoginResult> {
    const user = await this.checkPassword(username, password, attempt);
    const token = randomBytes(32).toString('base64url');
    const now = this.now();
    const expiresAt = new Date(now.getTime() + this.tokenTtlHours * 3_600_000);
    await this.db.manager.insert(AuthToken, {
      tokenHash: hashToken(token),
      userId: user.id,
      expiresAt,
      lastUsedAt: now,
    });
    return { token, expiresAt, user };
  }

  /** One statement: the caller of a live token of an active user, with their units of today; records its use. */
  async authenticate(token: string): Promise<Caller | null> {
    const now = this.now();
    const day = cityDayOf(now);
    const row = await useToken(this.db.manager, hashToken(token), now, day);
    return row ? callerOf(toAuthUser(row), day, row) : null;
  }

  /** Logging out of GraphQL ends the token; the panel's own logout ends its session. */
  async logout(token: string): Promise<boolean> {
    await this.db.manager.delete(AuthToken, { tokenHash: hashToken(token) });
    return true;
  }

  async createUser(input: NewUser): Promise<User> {
    checkPasswordLength(input.password);
    const email = checkedEmail(input.email) ?? null;
    const passwordHash = await hashPassword(input.password);
    return inTransaction(this.db, (em) =>
      em.save(
        User.create({
          username: input.username.trim().toLowerCase(),
          passwordHash,
          roles: input.roles,
          personId: input.personId ?? null,
          email,
          emailNotifications: input.emailNotifications ?? true,
          active: true,
        }),
      ),
    );
  }

  /** A change to an account, in one transaction: a new password is hashed; deactivation ends tokens and sessions. */
  updateUser(
    id: string,
    changes: Partial<Omit<NewUser, 'password'>> & { password?: string | null; active?: boolean },
  ): Promise<User> {
    return inTransaction(this.db, async (em) => {
      const user = await findOrNotFound(em, User, id, USER, { lock: true });
      if (changes.username !== undefined) user.username = changes.username.trim().toLowerCase();
      if (changes.roles !== undefined) user.roles = changes.roles;
      if (changes.personId !== undefined) user.personId = changes.personId;
      if (changes.active !== undefined) user.active = changes.active;
      if (changes.email !== undefined) user.email = checkedEmail(changes.email) ?? null;
      if (changes.emailNotifications !== undefined) user.emailNotifications = changes.emailNotifications;
      await em.save(user);
      if (changes.password) {
        checkPasswordLength(changes.password);
        await em.update(User, { id }, { passwordHash: await hashPassword(changes.password) });
      }
      if (!user.active) await endAccess(em, id);
      return user;
    });
  }

  /** Deactivating a user ends every token and every admin-panel session they hold, at once. */
  async setActive(userId: string, active: boolean): Promise<void> {
    if (!isWellFormedId(userId)) throw new NotFoundError(...USER);
    await inTransaction(this.db, async (em) => {
      const result = await em.update(User, { id: userId }, { active });
      if (!result.affected) throw new NotFoundError(...USER);
      if (!active) await endAccess(em, userId);
    });
  }
}

/** An address as typed (trimmed; empty → none), or BAD_USER_INPUT naming the field. */
function checkedEmail(email: string | null | undefined): string | null | undefined {
  if (email === undefined || email === null) return email;
  const trimmed = email.trim();
  if (trimmed && !isEmailAddress(trimmed))
    throw new BadInputError(
      [{ field: 'email', message: 'địa chỉ thư điện tử không hợp lệ' }],
      'Not an e-mail address.',
    );
  return trimmed || null;
}

function checkPasswordLength(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new BadInputError(
      [{ field: 'password', message: `mật khẩu cần ít nhất ${String(MIN_PASSWORD_LENGTH)} ký tự` }],
      'The password is too short.',
    );
  }
}

/** Ends a user's GraphQL tokens and admin-panel sessions (connect-pg-simple keeps each session as JSON). */
async function endAccess(em: EntityManager, userId: string): Promise<void> {
  await em.delete(AuthToken, { userId });
  await em.query(`DELETE FROM admin_session WHERE sess -> 'adminUser' ->> 'id' = $1`, [userId]);
}
