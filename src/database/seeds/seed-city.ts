import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../../auth/passwords.js';
import { inTransaction } from '../../common/transaction.js';
import { bulkInsert } from './bulk-insert.js';
import { UNITS_VALID_FROM, type CityPlan, type PlannedPerson, type PlannedUnit } from './city-plan.js';
import { missing } from './present.js';

export interface SeedProgress {
  stage(name: string, total: number): void;
  advance(done: number): void;
}

export const silentProgress: SeedProgress = { stage: () => undefined, advance: () => undefined };

/** Refuses to seed over existing units: a seed is for an empty database only. */
export async function assertNoUnits(em: EntityManager): Promise<void> {
  const [{ count } = missing('the count of units')]: Array<{ count: number }> = await em.query(
    `SELECT count(*)::int AS count FROM unit`,
  );
  if (count > 0) {
    throw new Error(
      `Cơ sở dữ liệu đã có ${String(count)} đơn vị: chỉ nạp dữ liệu vào cơ sở dữ liệu trống (the database already has ${String(count)} units).`,
    );
  }
}

/**
 * Writes a planned city into an empty database in one transaction, its logins' password hashed once; answers the
 * hash (the demo gives it to the logins it adds later).
 */
export async function seedCity(
  db: DataSource,
  plan: CityPlan,
  password: string,
  progress: SeedProgress = silentProgress,
): Promise<string> {
  const passwordHash = await hashPassword(password);
  await inTransaction(db, async (em) => {
    await assertNoUnits(em);
    await writeCity(em, plan, passwordHash, progress);
  });
  return passwordHash;
}

/** Writes a planned city with multi-row inserts, in the caller's transaction. */
export async function writeCity(
  em: EntityManager,
  plan: CityPlan,
  passwordHash: string,
  progress: SeedProgress = silentProgress,
) {
  progress.stage('đơn vị', plan.units.length);
  await bulkInsert<PlannedUnit>(
    em,
    'unit',
    [
      { name: 'id', type: 'uuid', value: (u) => u.id },
      { name: 'code', type: 'varchar', value: (u) => u.code },
      { name: 'name', type: 'varchar', value: (u) => u.name },
      { name: 'type_vi', type: 'varchar', value: (u) => u.typeVi },
      { name: 'kind', type: 'unit_kind', value: (u) => u.kind },
      { name: 'valid_from', type: 'date', value: () => UNITS_VALID_FROM },
    ],
    plan.units,
    (done) => {
      progress.advance(done);
    },
  );
  await bulkInsert<PlannedUnit>(
    em,
    'unit_link',
    [
      { name: 'unit_id', type: 'uuid', value: (u) => u.id },
      { name: 'parent_id', type: 'uuid', value: (u) => u.parentId },
      { name: 'valid_from', type: 'date', value: () => UNITS_VALID_FROM },
    ],
    plan.units.filter((u) => u.parentId !== null),
  );

  progress.stage('cán bộ', plan.people.length);
  await bulkInsert<PlannedPerson>(
    em,
    'person',
    [
      { name: 'id', type: 'uuid', value: (p) => p.id },
      { name: 'full_name', type: 'varchar', value: (p) => p.fullName },
      { name: 'staff_type', type: 'staff_type', value: (p) => p.staffType },
    ],
    plan.people,
    (done) => {
      progress.advance(done);
    },
  );
  progress.stage('bổ nhiệm', plan.people.length);
  await bulkInsert<PlannedPerson>(
    em,
    'appointment',
    [
      { name: 'person_id', type: 'uuid', value: (p) => p.id },
      { name: 'unit_id', type: 'uuid', value: (p) => p.unitId },
      { name: 'position', type: '"position"', value: (p) => p.position },
      { name: 'valid_from', type: 'date', value: (p) => p.validFrom },
    ],
    plan.people,
    (done) => {
      progress.advance(done);
    },
  );

  progress.stage('tài khoản', plan.logins.length);
  await em.query(
    `INSERT INTO app_user (username, password_hash, roles, person_id)
     SELECT username, $2, roles::user_role[], person_id FROM unnest($1::text[], $3::text[], $4::uuid[]) AS t(username, roles, person_id)`,
    [
      plan.logins.map((login) => login.username),
      passwordHash,
      plan.logins.map((login) => `{${login.roles.join(',')}}`),
      plan.logins.map((login) => login.personId),
    ],
  );
  progress.advance(plan.logins.length);
}
