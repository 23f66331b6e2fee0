import { BENCH_PASSWORD } from './api-city.js';

/** The ids the workloads ask about, read from the benchmark's city. */
export interface BenchIds {
  periodId: string;
  cityId: string;
  districtId: string;
  wardId: string;
  /** the district head's person (login `binhtan`) */
  headPersonId: string;
}

export interface Request {
  query: string;
  operationName: string;
  variables: Record<string, unknown>;
}

export interface Workload {
  key: string;
  /** What the docs' table names it. */
  label: string;
  connections: number;
  /** Whose token the requests carry (a login needs none). */
  caller: 'viewer' | 'head' | null;
  /** What congvu and the hand-written server are asked (the hand-written one knows it by operation name). */
  request: Request;
  /** The answer as compared across servers. */
  normalise?: (data: unknown) => unknown;
  /** PostGraphile's question and its answer mapped to congvu's shape; null where it has no equivalent. */
  postgraphile: (Omit<Request, 'operationName'> & { normalise: (data: unknown) => unknown; note?: string }) | null;
  /** Why PostGraphile has no equivalent. */
  without?: string;
}

const DASHBOARD = `query Dashboard($unitId: ID!, $periodId: ID!) {
  dashboard(unitId: $unitId, periodId: $periodId) {
    evaluatedCount pendingCount onTimeRate satisfactionPercent overdueFeedback openFindings
    levelCounts { level count } initiativesByStatus { status count }
  }
}`;

interface PgUnit {
  name: string;
  unitLinksByUnitId: { nodes: Array<{ unitByParentId: { name: string } }> };
  appointmentsByUnitId: { nodes: Array<{ acting: boolean; personByPersonId: { fullName: string } }> };
}
interface ToRateNode {
  id: string;
  status: string;
  person: { fullName: string };
  unit: { name: string };
}
interface PgEvaluation {
  id: string;
  status: string;
  personByPersonId: { fullName: string };
  unitByUnitId: { name: string };
}

/** A page compared as a set: PostGraphile cannot order by a related row's column (the person's name). */
const byNameAndId = (nodes: ToRateNode[]) =>
  [...nodes].sort((a, b) => a.person.fullName.localeCompare(b.person.fullName, 'vi') || a.id.localeCompare(b.id));

const dashboard = (key: string, label: string, unitId: string, periodId: string, connections = 10): Workload => ({
  key,
  label,
  connections,
  caller: 'viewer',
  request: { query: DASHBOARD, operationName: 'Dashboard', variables: { unitId, periodId } },
  postgraphile: null,
  without: 'no aggregates, no dated tree',
});

/** The six workloads of issue 12, the two with a one-connection target measured at one connection too. */
export function apiWorkloads(ids: BenchIds): Workload[] {
  const feedbackStats = (connections: number): Workload => ({
    key: connections === 1 ? 'feedbackStats@1' : 'feedbackStats',
    label: `city \`feedbackStats\`, 2026, with sub-units${connections === 1 ? ', 1 connection' : ''}`,
    connections,
    caller: 'viewer',
    request: {
      query: `query FeedbackStats($unitId: ID!, $from: Date!, $to: Date!) {
  feedbackStats(unitId: $unitId, from: $from, to: $to, includeSubunits: true) { due onTime overdueAtEnd onTimeRate satisfactionPercent }
}`,
      operationName: 'FeedbackStats',
      variables: { unitId: ids.cityId, from: '2026-01-01', to: '2026-12-31' },
    },
    postgraphile: null,
    without: 'no aggregates, no dated tree',
  });
  return [
    {
      key: 'units',
      label: '`units(first: 500) { nodes { name parent { name } head { fullName } } }`',
      connections: 10,
      caller: 'viewer',
      request: {
        query: `query Units { units(first: 500) { nodes { name parent { name } head { fullName } } } }`,
        operationName: 'Units',
        variables: {},
      },
      postgraphile: {
        // the units in force (no end), their link in force, their heads in office (R4: not acting first)
        query: `query Units {
  allUnits(first: 500, orderBy: [KIND_ASC, NAME_ASC, ID_ASC], condition: { validTo: null }) {
    nodes {
      name
      unitLinksByUnitId(condition: { validTo: null }) { nodes { unitByParentId { name } } }
      appointmentsByUnitId(condition: { position: HEAD, validTo: null }) { nodes { acting personByPersonId { fullName } } }
    }
  }
}`,
        variables: {},
        normalise: (data) => ({
          units: {
            nodes: (data as { allUnits: { nodes: PgUnit[] } }).allUnits.nodes.map((unit) => {
              const heads = unit.appointmentsByUnitId.nodes;
              const head = heads.find((a) => !a.acting) ?? heads[0];
              const parent = unit.unitLinksByUnitId.nodes[0]?.unitByParentId;
              return {
                name: unit.name,
                parent: parent ? { name: parent.name } : null,
                head: head ? { fullName: head.personByPersonId.fullName } : null,
              };
            }),
          },
        }),
        note: 'dated rows read as "no end" (`condition: { validTo: null }`), the head chosen by the client',
      },
    },
    dashboard('dashboard@1', 'city `dashboard`, YEAR 2026, 1 connection', ids.cityId, ids.periodId, 1),
    dashboard('dashboard', 'city `dashboard`, YEAR 2026', ids.cityId, ids.periodId),
    dashboard('dashboard-district', 'district `dashboard` (Quận Bình Tân)', ids.districtId, ids.periodId),
    dashboard('dashboard-ward', 'ward `dashboard` (Phường Bình Hưng Hoà A)', ids.wardId, ids.periodId),
    feedbackStats(1),
    feedbackStats(10),
    {
      key: 'toRate',
      label: "a district head's evaluations to rate (SELF_ASSESSED, with person and unit)",
      connections: 10,
      caller: 'head',
      request: {
        query: `query ToRate($periodId: ID!, $raterId: ID!) {
  evaluations(first: 50, filter: { periodId: $periodId, raterId: $raterId, status: SELF_ASSESSED }) {
    nodes { id status person { fullName } unit { name } }
  }
}`,
        operationName: 'ToRate',
        variables: { periodId: ids.periodId, raterId: ids.headPersonId },
      },
      normalise: (data) => byNameAndId((data as { evaluations: { nodes: ToRateNode[] } }).evaluations.nodes),
      postgraphile: {
        query: `query ToRate($periodId: UUID!, $raterId: UUID!) {
  allEvaluations(first: 50, condition: { periodId: $periodId, raterPersonId: $raterId, status: SELF_ASSESSED }) {
    nodes { id status personByPersonId { fullName } unitByUnitId { name } }
  }
}`,
        variables: { periodId: ids.periodId, raterId: ids.headPersonId },
        normalise: (data) =>
          byNameAndId(
            (data as { allEvaluations: { nodes: PgEvaluation[] } }).allEvaluations.nodes.map((node) => ({
              id: node.id,
              status: node.status,
              person: { fullName: node.personByPersonId.fullName },
              unit: { name: node.unitByUnitId.name },
            })),
          ),
        note:
          'no policy (it runs as the database owner); `evaluation` has no foreign keys, so its two relations are ' +
          'declared as smart comments; compared as a set (it cannot order by the person’s name)',
      },
    },
    {
      key: 'ranking',
      label: '`unitRanking` of all wards (FEEDBACK_ON_TIME, YEAR 2026)',
      connections: 10,
      caller: 'viewer',
      request: {
        query: `query Ranking($periodId: ID!, $kind: UnitKind!, $first: Int!) {
  unitRanking(periodId: $periodId, by: FEEDBACK_ON_TIME, kind: $kind, first: $first) { rank value count unit { name } }
}`,
        operationName: 'Ranking',
        variables: { periodId: ids.periodId, kind: 'WARD', first: 500 },
      },
      postgraphile: null,
      without: 'no aggregates',
    },
    {
      key: 'login',
      label: '`login` (argon2id)',
      connections: 10,
      caller: null,
      request: {
        query: `mutation Login($username: String!, $password: String!) { login(username: $username, password: $password) { token } }`,
        operationName: 'Login',
        variables: { username: 'xem', password: BENCH_PASSWORD },
      },
      normalise: (data) => ({ token: typeof (data as { login?: { token?: unknown } }).login?.token === 'string' }),
      postgraphile: null,
      without: 'no accounts of its own (JWT roles in PostgreSQL would be a different design)',
    },
  ];
}

/** The smart comments that give PostGraphile the relations `evaluation` declares no foreign key for. */
export const POSTGRAPHILE_SMART_COMMENTS = `COMMENT ON TABLE evaluation IS E'@foreignKey (person_id) references person (id)\\n@foreignKey (unit_id) references unit (id)'`;
