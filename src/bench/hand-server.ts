import argon2 from 'argon2';
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { CITY_WIDE } from '../auth/role.js';
import { wholeMonths } from '../common/dates.js';
import { PreparingClient } from '../database/prepared-client.js';
import { LEVEL_ORDER, RATED_STATUSES, RatingLevel } from '../evaluation/evaluation.enums.js';

/**
 * `npm run bench:api`'s yardstick: the benchmark's GraphQL questions answered by hand-written SQL through `pg`,
 * the least a server must do for them on these tables (summaries included): no GraphQL execution, one statement
 * where one will do. It knows each question by its operation name and reads only its variables; it checks the
 * bearer token as congvu does (one statement). Started by src/cli/bench-api.ts: DATABASE_URL, PORT (0: any),
 * then it prints its port as a JSON line.
 */

pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);
// each statement prepared once per connection, as congvu's and PostGraphile's (its prepared statement cache)
const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: 10,
  application_name: 'bench-hand',
  Client: PreparingClient,
});

interface Caller {
  id: string;
  roles: string[];
  personId: string | null;
}
type Variables = Record<string, unknown>;
type Handler = (variables: Variables, caller: Caller | null) => Promise<unknown>;

class Refused extends Error {}

const cityDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });
const today = () => cityDay.format(new Date());
const VALID_ON = (alias: string, day: string) =>
  `${alias}.valid_from <= ${day} AND (${alias}.valid_to IS NULL OR ${alias}.valid_to > ${day})`;
const SUBTREE = (root: string, day: string) => `WITH RECURSIVE down(id, depth) AS (
    SELECT ${root}::uuid, 0
    UNION ALL
    SELECT l.unit_id, down.depth + 1 FROM down JOIN unit_link l ON l.parent_id = down.id AND ${VALID_ON('l', day)}
     WHERE down.depth < 64)`;

async function authenticate(header: string | undefined): Promise<Caller | null> {
  const token = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
  if (!token) return null;
  const { rows } = await pool.query<Caller>(
    // as congvu: the use written at most once a minute
    `WITH live AS (
       SELECT t.id AS token_id, u.id, u.roles::text[] AS roles, u.person_id AS "personId"
         FROM auth_token t JOIN app_user u ON u.id = t.user_id
        WHERE t.token_hash = $1 AND t.expires_at > now() AND u.active
     ), used AS (
       UPDATE auth_token t SET last_used_at = now() FROM live
        WHERE t.id = live.token_id AND t.last_used_at <= now() - interval '60 seconds'
     )
     SELECT id, roles, "personId" FROM live`,
    [createHash('sha256').update(token).digest('hex')],
  );
  return rows[0] ?? null;
}

const signedIn = (caller: Caller | null): Caller => {
  if (!caller) throw new Refused('UNAUTHENTICATED');
  return caller;
};

/**
 * R22 and Decision 766 over the units `units` (a uuid[] expression) and the days [$2, $3], from the month and
 * day summaries as congvu's summarisedFeedbackStats reads them.
 */
const feedbackStats = (units: string) =>
  `WITH reopened AS (
    SELECT c.item_id, (c.citizen_satisfied IS FALSE OR c.replied_at IS NULL OR c.replied_at > c.due_at) AS late_or_unsatisfied,
           (SELECT a.unit_id FROM feedback_assignment a WHERE a.item_id = c.item_id AND a.assigned_at <= c.due_at
             ORDER BY a.assigned_at DESC LIMIT 1) AS due_unit
      FROM feedback_cycle c
     WHERE c.item_id IN (SELECT item_id FROM feedback_cycle WHERE number > 1)
       AND c.due_at BETWEEN ($2::text || 'T00:00:00+07:00')::timestamptz AND ($3::text || 'T23:59:59.999+07:00')::timestamptz
  ), months AS (
    SELECT CASE WHEN $2::date = date_trunc('month', $2::date) THEN $2::date
                ELSE (date_trunc('month', $2::date) + interval '1 month')::date END AS first,
           CASE WHEN $3::date + 1 = date_trunc('month', $3::date + 1) THEN $3::date + 1
                ELSE date_trunc('month', $3::date)::date END AS after
  ), whole AS (
    SELECT CASE WHEN first < after THEN first ELSE least(first, $3::date + 1) END AS m_from,
           CASE WHEN first < after THEN after ELSE least(first, $3::date + 1) END AS m_to
      FROM months
  ), counted AS (
    SELECT due, on_time, items_due, items_late_or_unsatisfied FROM feedback_month_summary, whole
     WHERE unit_id = ANY($1::uuid[]) AND month >= m_from AND month < m_to
    UNION ALL
    SELECT due, on_time, items_due, items_late_or_unsatisfied FROM feedback_day_summary, whole
     WHERE unit_id = ANY($1::uuid[]) AND day >= $2::date AND day < m_from
    UNION ALL
    SELECT due, on_time, items_due, items_late_or_unsatisfied FROM feedback_day_summary, whole
     WHERE unit_id = ANY($1::uuid[]) AND day >= m_to AND day <= $3::date
  ), d AS (
    SELECT coalesce(sum(due), 0)::int AS due, coalesce(sum(on_time), 0)::int AS on_time,
           coalesce(sum(items_due), 0)::int AS items_due, coalesce(sum(items_late_or_unsatisfied), 0)::int AS late
      FROM counted
  ), r AS (
    SELECT count(DISTINCT item_id)::int AS items_due, count(DISTINCT item_id) FILTER (WHERE late_or_unsatisfied)::int AS late
      FROM reopened WHERE due_unit = ANY($1::uuid[])
  )
  SELECT d.due, d.on_time AS "onTime",
         ((SELECT coalesce(sum(overdue_delta), 0) FROM feedback_month_summary
            WHERE unit_id = ANY($1::uuid[]) AND month < date_trunc('month', $3::date))
          + (SELECT coalesce(sum(overdue_delta), 0) FROM feedback_day_summary
            WHERE unit_id = ANY($1::uuid[]) AND day BETWEEN date_trunc('month', $3::date) AND $3::date))::int AS "overdueAtEnd",
         CASE WHEN d.due > 0 THEN (round(d.on_time * 10000.0 / d.due) / 100)::float8 END AS "onTimeRate",
         CASE WHEN d.items_due + r.items_due > 0
              THEN (round((d.items_due + r.items_due - d.late - r.late) * 10000.0 / (d.items_due + r.items_due)) / 100)::float8 END
           AS "satisfactionPercent"
    FROM d, r`.replaceAll('$1::uuid[]', units);

interface FeedbackStats {
  due: number;
  onTime: number;
  overdueAtEnd: number;
  onTimeRate: number | null;
  satisfactionPercent: number | null;
}

const handlers: Record<string, Handler> = {
  async Units(_variables, caller) {
    signedIn(caller);
    const { rows } = await pool.query(
      `SELECT u.name, p.name AS parent, h.full_name AS head
         FROM unit u
         LEFT JOIN unit_link l ON l.unit_id = u.id AND ${VALID_ON('l', '$1::date')}
         LEFT JOIN unit p ON p.id = l.parent_id
         LEFT JOIN LATERAL (
           SELECT pe.full_name FROM appointment a JOIN person pe ON pe.id = a.person_id
            WHERE a.unit_id = u.id AND a.position = 'HEAD' AND ${VALID_ON('a', '$1::date')}
            ORDER BY a.acting LIMIT 1) h ON TRUE
        WHERE ${VALID_ON('u', '$1::date')}
        ORDER BY array_position(enum_range(NULL::unit_kind), u.kind), u.name, u.id LIMIT 500`,
      [today()],
    );
    return {
      units: {
        nodes: rows.map((row: { name: string; parent: string | null; head: string | null }) => ({
          name: row.name,
          parent: row.parent === null ? null : { name: row.parent },
          head: row.head === null ? null : { fullName: row.head },
        })),
      },
    };
  },

  async Dashboard(variables, caller) {
    const { roles } = signedIn(caller);
    const { rows: found } = await pool.query<{ starts_on: string; ends_on: string; ids: string[] }>(
      `${SUBTREE('$1', '(SELECT ends_on FROM evaluation_period WHERE id = $2)')}
       SELECT p.starts_on, p.ends_on, (SELECT array_agg(id) FROM down) AS ids FROM evaluation_period p WHERE p.id = $2`,
      [variables.unitId, variables.periodId],
    );
    const period = found.at(0);
    if (period === undefined)
      throw new Error(`no evaluation period ${String(variables.periodId)} in the bench database`);
    const { rows } = await pool.query<{
      levels: Array<{ level: string | null; status: string; count: number }> | null;
      findings: number;
      initiatives: Array<{ status: string; count: number }> | null;
      stats: FeedbackStats;
    }>(
      `SELECT (SELECT json_agg(l) FROM (
                SELECT NULLIF(level, 'NONE') AS level, status, sum(count)::int AS count FROM evaluation_summary
                 WHERE period_id = $4 AND unit_id = ANY($1::uuid[]) GROUP BY level, status HAVING sum(count) > 0) l) AS levels,
              (SELECT coalesce(sum(count), 0)::int FROM finding_summary
                WHERE unit_id = ANY($1::uuid[]) AND status <> 'VERIFIED') AS findings,
              (SELECT json_agg(i ORDER BY i.status) FROM (
                SELECT status, sum(count)::int AS count FROM initiative_summary
                 WHERE unit_id = ANY($1::uuid[]) GROUP BY status HAVING sum(count) > 0) i) AS initiatives,
              (SELECT row_to_json(s) FROM (${feedbackStats('$1::uuid[]')}) s) AS stats`,
      [period.ids, period.starts_on, period.ends_on, variables.periodId],
    );
    const summary = rows.at(0);
    if (summary === undefined) throw new Error('the dashboard summary query returned no row');
    const { levels, findings, initiatives, stats } = summary;
    const rated = (levels ?? []).filter((row) => row.level && (RATED_STATUSES as string[]).includes(row.status));
    const ratedTotal = rated.reduce((sum, row) => sum + row.count, 0);
    const withheld = ratedTotal < 3 && !roles.some((role) => (CITY_WIDE as readonly string[]).includes(role));
    return {
      dashboard: {
        evaluatedCount: ratedTotal,
        pendingCount: (levels ?? [])
          .filter((row) => row.status === 'DRAFT' || row.status === 'SELF_ASSESSED')
          .reduce((sum, row) => sum + row.count, 0),
        onTimeRate: stats.onTimeRate,
        satisfactionPercent: stats.satisfactionPercent,
        overdueFeedback: stats.overdueAtEnd,
        openFindings: findings,
        levelCounts: [...LEVEL_ORDER, RatingLevel.NOT_RATED].map((level) => ({
          level,
          count: withheld ? null : rated.filter((row) => row.level === level).reduce((sum, row) => sum + row.count, 0),
        })),
        initiativesByStatus: initiatives ?? [],
      },
    };
  },

  async FeedbackStats(variables, caller) {
    signedIn(caller);
    const { from, to } = variables as { from: string; to: string };
    const { rows } = await pool.query<FeedbackStats>(
      `${SUBTREE('$1', '$3::date')}, units AS (SELECT array_agg(id) AS ids FROM down)
       SELECT s.* FROM (${feedbackStats('(SELECT ids FROM units)::uuid[]')}) s`,
      [variables.unitId, from, to],
    );
    return { feedbackStats: rows[0] };
  },

  async ToRate(variables, caller) {
    const { personId, roles } = signedIn(caller);
    if (roles.some((role) => (CITY_WIDE as readonly string[]).includes(role)) || !personId)
      throw new Refused('NOT_SUPPORTED');
    // R32 for a head: their own, those rated in the units they head or under them, those they rated in ended periods
    const { rows } = await pool.query(
      `WITH RECURSIVE below(id) AS (
         SELECT a.unit_id FROM appointment a WHERE a.person_id = $1 AND a.position = 'HEAD' AND ${VALID_ON('a', '$2::date')}
         UNION
         SELECT l.unit_id FROM unit_link l JOIN below b ON l.parent_id = b.id AND ${VALID_ON('l', '$2::date')}
       )
       SELECT e.id, e.status, p.full_name, u.name
         FROM evaluation e JOIN person p ON p.id = e.person_id JOIN unit u ON u.id = e.unit_id
        WHERE e.period_id = $3 AND e.status = 'SELF_ASSESSED' AND e.rater_person_id = $4
          AND (e.person_id = $1 OR e.rater_unit_id IN (SELECT id FROM below)
               OR (e.rater_person_id = $1 AND EXISTS (
                     SELECT 1 FROM evaluation_period ep WHERE ep.id = e.period_id AND ep.ends_on < $2::date)))
        ORDER BY p.full_name, e.id LIMIT 50`,
      [personId, today(), variables.periodId, variables.raterId],
    );
    return {
      evaluations: {
        nodes: rows.map((row: { id: string; status: string; full_name: string; name: string }) => ({
          id: row.id,
          status: row.status,
          person: { fullName: row.full_name },
          unit: { name: row.name },
        })),
      },
    };
  },

  async Ranking(variables, caller) {
    signedIn(caller);
    const { rows: found } = await pool.query<{ starts_on: string; ends_on: string }>(
      `SELECT starts_on, ends_on FROM evaluation_period WHERE id = $1`,
      [variables.periodId],
    );
    const period = found.at(0);
    if (period === undefined)
      throw new Error(`no evaluation period ${String(variables.periodId)} in the bench database`);
    // the whole months from the month summary, the other days from the day summary
    const { rows } = await pool.query(
      `SELECT u.name, sum(s.due)::int AS count, (round(sum(s.on_time) * 10000.0 / sum(s.due)) / 100)::float8 AS value,
              rank() OVER (ORDER BY sum(s.on_time)::float / sum(s.due) DESC)::int AS rank
         FROM (SELECT unit_id, due, on_time FROM feedback_month_summary WHERE month >= $5::date AND month < $6::date
               UNION ALL
               SELECT unit_id, due, on_time FROM feedback_day_summary
                WHERE (day >= $1::date AND day < $5::date) OR (day >= $6::date AND day <= $2::date)) s
         JOIN unit u ON u.id = s.unit_id
        WHERE u.kind = $3::unit_kind
        GROUP BY u.id HAVING sum(s.due) > 0
        ORDER BY sum(s.on_time)::float / sum(s.due) DESC, sum(s.due) DESC, u.id LIMIT $4`,
      [
        period.starts_on,
        period.ends_on,
        variables.kind,
        variables.first,
        ...wholeMonths(period.starts_on, period.ends_on),
      ],
    );
    return {
      unitRanking: rows.map((row: { name: string; count: number; value: number; rank: number }) => ({
        rank: row.rank,
        value: row.value,
        count: row.count,
        unit: { name: row.name },
      })),
    };
  },

  async Login(variables) {
    const { rows } = await pool.query<{ id: string; password_hash: string }>(
      `SELECT id, password_hash FROM app_user WHERE username = $1 AND active`,
      [String(variables.username).trim().toLowerCase()],
    );
    const user = rows.at(0);
    if (!user || !(await argon2.verify(user.password_hash, String(variables.password))))
      throw new Refused('UNAUTHENTICATED');
    const token = randomBytes(32).toString('base64url');
    await pool.query(
      `INSERT INTO auth_token (token_hash, user_id, expires_at, last_used_at) VALUES ($1, $2, now() + interval '8 hours', now())`,
      [createHash('sha256').update(token).digest('hex'), user.id],
    );
    return { login: { token } };
  },
};

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

function answer(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

const server = createServer((req, res) => {
  void (async () => {
    if (req.method !== 'POST' || req.url !== '/graphql') {
      answer(res, 404, { errors: [{ message: 'not here' }] });
      return;
    }
    const { operationName, variables } = JSON.parse(await readBody(req)) as {
      operationName?: string;
      variables?: Variables;
    };
    const handler = operationName ? handlers[operationName] : undefined;
    if (!handler) {
      answer(res, 400, {
        errors: [{ message: `no hand-written answer for ${operationName ?? 'an unnamed operation'}` }],
      });
      return;
    }
    const caller = operationName === 'Login' ? null : await authenticate(req.headers.authorization);
    answer(res, 200, { data: await handler(variables ?? {}, caller) });
  })().catch((error: unknown) => {
    const code = error instanceof Refused ? error.message : 'INTERNAL_SERVER_ERROR';
    answer(res, 200, { errors: [{ message: String(error), extensions: { code } }] });
  });
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(JSON.stringify({ port: (server.address() as AddressInfo).port }));
});
process.on('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
