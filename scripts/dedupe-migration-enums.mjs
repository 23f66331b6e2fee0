// TypeORM's migration:generate emits CREATE TYPE once per column when several columns share an enumName
// (shared enums), and DROP TYPE before the tables that use it. This keeps the first CREATE and moves
// one DROP of each type to the end of down(). Usage: node scripts/dedupe-migration-enums.mjs migrations/<file>.ts
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2];
const lines = readFileSync(file, 'utf8').split('\n');
const downStart = lines.findIndex((line) => line.includes('public async down'));
const created = new Set();
const up = lines.slice(0, downStart).filter((line) => {
  const type = /CREATE TYPE "public"\."(\w+)"/.exec(line)?.[1];
  if (!type) return true;
  if (created.has(type)) return false;
  created.add(type);
  return true;
});
const dropped = new Set();
const drops = [];
const down = lines.slice(downStart).filter((line) => {
  const type = /DROP TYPE "public"\."(\w+)"/.exec(line)?.[1];
  if (!type) return true;
  if (!dropped.has(type)) drops.push(line);
  dropped.add(type);
  return false;
});
const last = down.findLastIndex((line) => line.includes('queryRunner.query'));
down.splice(last + 1, 0, ...drops);
writeFileSync(file, [...up, ...down].join('\n'));
