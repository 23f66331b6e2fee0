import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { AuditEntry } from '../../../src/audit/audit-entry.entity.js';
import { AUDIT_ENTRIES } from '../../../src/audit/audit.queries.js';
import { listSql, pagedEntities, type ListSource } from '../../../src/common/paged-query.js';
import { SqlParams } from '../../../src/common/sql-params.js';
import { EvaluationPeriod } from '../../../src/evaluation/evaluation-period.entity.js';
import { Evaluation } from '../../../src/evaluation/evaluation.entity.js';
import { EVALUATIONS, listEvaluations, PERIODS } from '../../../src/evaluation/evaluation.queries.js';
import { Unit } from '../../../src/hierarchy/unit.entity.js';
import { Person } from '../../../src/people/person.entity.js';
import { OPEN, rankedCity } from '../../factories/evaluation.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

/**
 * A list's page of entities is read with its total in one statement and hydrated from TypeORM's metadata: it must
 * give the same objects as TypeORM's own find (numeric through their transformers, dates as strings, bigint ids,
 * jsonb, timestamps, nulls).
 */
describe('pagedEntities hydrates a page as TypeORM’s find does', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await rankedCity(t);
    const opened = await t.gql(OPEN, { input: { kind: 'QUARTER', year: 2026, quarter: 3 } }, org.tokens.noivu);
    expect(opened.errors).toBeUndefined();
    await t.db.query(`UPDATE evaluation SET score = 87.5, self_score = 90.25 WHERE person_id = $1`, [
      org.people.canbo.id,
    ]);
  });
  afterAll(() => t.close());

  const byId = <T extends ObjectLiteral>(rows: T[]) =>
    [...rows].sort((a, b) => String(a.id).localeCompare(String(b.id)));

  async function sameAsFind<T extends ObjectLiteral>(entity: EntityTarget<T>, source: ListSource<never, string>) {
    const { rows, total } = await pagedEntities(t.db.manager, entity, listSql(source, [], new SqlParams(), {}), 0, 500);
    const found = await t.db.manager.find(entity);
    expect(found.length).toBeGreaterThan(0);
    expect(total).toBe(found.length);
    expect(byId(rows)).toStrictEqual(byId(found));
  }

  it('evaluations (numeric scores, enums, timestamps, nulls)', async () => {
    await sameAsFind(Evaluation, EVALUATIONS as ListSource<never, string>);
    const scored = (await t.db.manager.find(Evaluation)).filter((row) => row.score !== null);
    expect(scored.map((row) => [row.score, row.selfScore])).toEqual([[87.5, 90.25]]);
  });

  it('the rows read beside a page of evaluations are those find reads by id, in the page’s order', async () => {
    const all = { kind: 'all' } as const;
    const page = await listEvaluations(t.db.manager, {}, all, 0, 500, {
      beside: new Set(['person', 'unit', 'period'] as const),
    });
    expect(page.evaluations.length).toBeGreaterThan(0);
    const { person = [], unit = [], period = [] } = page.beside;
    const find = async <T extends ObjectLiteral>(entity: EntityTarget<T>, id: string) =>
      t.db.manager.findOneByOrFail(entity, { id } as never);
    for (const [i, evaluation] of page.evaluations.entries()) {
      expect(person[i]).toStrictEqual(await find(Person, evaluation.personId));
      expect(unit[i]).toStrictEqual(await find(Unit, evaluation.unitId));
      expect(period[i]).toStrictEqual(await find(EvaluationPeriod, evaluation.periodId));
    }
    const plain = await listEvaluations(t.db.manager, {}, all, 0, 500);
    expect(plain.beside).toStrictEqual({});
    expect(plain.evaluations).toStrictEqual(page.evaluations);
  });

  it('periods (dates as strings)', async () => {
    await sameAsFind(EvaluationPeriod, PERIODS as ListSource<never, string>);
  });

  it('the audit trail (bigint ids, jsonb)', async () => {
    await sameAsFind(AuditEntry, AUDIT_ENTRIES as ListSource<never, string>);
  });
});
