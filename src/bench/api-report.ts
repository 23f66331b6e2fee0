import { readFileSync, writeFileSync } from 'node:fs';
import { SERVER_LABELS, type ServerName } from './api-servers.js';
import type { Workload } from './api-workloads.js';

export interface LoadResult {
  round: number;
  workload: string;
  server: ServerName;
  rps: number;
  p50: number;
  p99: number;
  /** non-2xx answers, socket errors and timeouts */
  failed: number;
}

export interface RunFacts {
  date: string;
  scale: number;
  units: number;
  people: number;
  rounds: number;
  duration: number;
  cpus: number;
  loadBefore: number[];
  loadAfter: number[];
  /** statements per request, by workload and server (median of sequential requests) */
  statements: Record<string, Partial<Record<ServerName, number>>>;
  /** MiB: now, the peak (VmHWM), the most sampled under the query workloads and under login */
  memory: Partial<Record<ServerName, { rss: number; peak: number; queries?: number; login?: number }>>;
}

const ORDER: ServerName[] = ['congvu', 'postgraphile', 'hand'];
const START = '<!-- bench:api:start -->';
const END = '<!-- bench:api:end -->';
const SCALE_START = '<!-- bench:api:scales:start -->';
const SCALE_END = '<!-- bench:api:scales:end -->';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const fixed = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const range = (values: number[]) => {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return values.length > 1 && fixed(low) !== fixed(high) ? `${fixed(low)}–${fixed(high)}` : fixed(low);
};

export interface Summary {
  rps: number;
  rpsRange: string;
  p50: number;
  p99: number;
  failed: number;
}

/** Median over the rounds of each workload × server. */
export function summarise(results: LoadResult[], workload: string, server: ServerName): Summary | null {
  const mine = results.filter((result) => result.workload === workload && result.server === server);
  if (mine.length === 0) return null;
  return {
    rps: median(mine.map((r) => r.rps)),
    rpsRange: range(mine.map((r) => r.rps)),
    p50: median(mine.map((r) => r.p50)),
    p99: median(mine.map((r) => r.p99)),
    failed: mine.reduce((sum, r) => sum + r.failed, 0),
  };
}

function loadTable(workloads: Workload[], results: LoadResult[], facts: RunFacts): string[] {
  const lines = [
    '| workload | server | req/s (median; rounds) | p50 ms | p99 ms | SQL statements per request |',
    '|---|---|---|---|---|---|',
  ];
  for (const workload of workloads) {
    for (const server of ORDER) {
      const summary = summarise(results, workload.key, server);
      const statements = facts.statements[workload.key]?.[server];
      const name = server === 'congvu' ? workload.label : '';
      if (!summary) {
        if (server === 'postgraphile' && workload.without)
          lines.push(`| ${name} | ${SERVER_LABELS[server]} | — (${workload.without}) | | | |`);
        continue;
      }
      const failed = summary.failed > 0 ? ` (${summary.failed} failed)` : '';
      lines.push(
        `| ${name} | ${SERVER_LABELS[server]} | **${fixed(summary.rps)}** (${summary.rpsRange})${failed} | ` +
          `${fixed(summary.p50)} | ${fixed(summary.p99)} | ${statements ?? ''} |`,
      );
    }
  }
  return lines;
}

function ratioTable(workloads: Workload[], results: LoadResult[]): string[] {
  const lines = [
    '| workload | congvu ÷ hand-written (throughput) | congvu ÷ PostGraphile | target: within 1.5× of hand-written |',
    '|---|---|---|---|',
  ];
  for (const workload of workloads) {
    const congvu = summarise(results, workload.key, 'congvu');
    const hand = summarise(results, workload.key, 'hand');
    const postgraphile = summarise(results, workload.key, 'postgraphile');
    if (!congvu || !hand) continue;
    const toHand = congvu.rps / hand.rps;
    lines.push(
      `| ${workload.label} | ${toHand.toFixed(2)} | ${postgraphile ? (congvu.rps / postgraphile.rps).toFixed(2) : '—'} | ` +
        `${toHand >= 1 / 1.5 ? 'met' : `missed (hand-written ${(1 / toHand).toFixed(1)}× faster)`} |`,
    );
  }
  return lines;
}

/** One row of the statements-by-scale table: congvu's statements per request for each workload. */
function scaleRow(workloads: Workload[], facts: RunFacts): string {
  const cells = workloads.map((workload) => facts.statements[workload.key]?.congvu ?? '');
  return `| ${facts.scale.toLocaleString('en')} | ${cells.join(' | ')} |`;
}

/** The section's generated part as Markdown: the run, throughput and latency, ratios, memory. */
export function runSection(workloads: Workload[], results: LoadResult[], facts: RunFacts): string {
  const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(', ');
  const memory = ORDER.flatMap((server) => {
    const used = facts.memory[server];
    if (!used) return [];
    const under = (label: string, value?: number) => (value === undefined ? '' : `, ${label} ${value.toFixed(0)}`);
    return [
      `${SERVER_LABELS[server]}: peak ${used.peak.toFixed(0)}${under('under the queries', used.queries)}` +
        `${under('under login', used.login)}, ${used.rss.toFixed(0)} at the end`,
    ];
  });
  return [
    START,
    `Run of ${facts.date}: ${facts.scale.toLocaleString('en')} 1022 items, ${facts.units} units, ` +
      `${facts.people.toLocaleString('en')} people; ${facts.rounds} round(s) of ${facts.duration} s per workload and ` +
      `server, interleaved; ${facts.cpus} cores; load average (1, 5, 15 min) ${load(facts.loadBefore)} before, ` +
      `${load(facts.loadAfter)} after.`,
    '',
    ...loadTable(workloads, results, facts),
    '',
    ...ratioTable(workloads, results),
    '',
    `Resident memory, MiB (peak: VmHWM; under a workload: the most sampled every 250 ms while it ran): ` +
      `${memory.join('; ')}.`,
    END,
  ].join('\n');
}

/**
 * Writes the run into `file`: the part between the markers replaced (appended under `heading` the first time),
 * and this scale's row of the statements-by-scale table, the rows of other scales kept.
 */
export function writeReport(
  file: string,
  heading: string,
  workloads: Workload[],
  results: LoadResult[] | null,
  facts: RunFacts,
): void {
  let text = readFileSync(file, 'utf8');
  const header = [
    `| 1022 items | ${workloads.map((workload) => workload.key).join(' | ')} |`,
    `|---|${workloads.map(() => '---').join('|')}|`,
  ];
  if (!text.includes(START)) {
    text = `${text.trimEnd()}\n\n${heading}\n\n${START}\n${END}\n\n${SCALE_START}\n${header.join('\n')}\n${SCALE_END}\n`;
  }
  if (results) {
    text =
      text.slice(0, text.indexOf(START)) +
      runSection(workloads, results, facts) +
      text.slice(text.indexOf(END) + END.length);
  }
  const scaleBlock = text.slice(text.indexOf(SCALE_START) + SCALE_START.length, text.indexOf(SCALE_END));
  const rows = scaleBlock
    .split('\n')
    .filter((line) => /^\| [\d,]+ \|/.test(line))
    .filter((line) => !line.startsWith(`| ${facts.scale.toLocaleString('en')} |`));
  rows.push(scaleRow(workloads, facts));
  rows.sort(
    (a, b) => Number(/[\d,]+/.exec(a)?.[0].replaceAll(',', '')) - Number(/[\d,]+/.exec(b)?.[0].replaceAll(',', '')),
  );
  text =
    text.slice(0, text.indexOf(SCALE_START) + SCALE_START.length) +
    `\n${[...header, ...rows].join('\n')}\n` +
    text.slice(text.indexOf(SCALE_END));
  writeFileSync(file, text);
}
