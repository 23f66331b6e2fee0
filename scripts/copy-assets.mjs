// tsc copies only code: copy the data files the app ships next to the compiled code.
import { cpSync, mkdirSync } from 'node:fs';

const assets = [['src/database/seeds/data', 'dist/src/database/seeds/data']];
for (const [from, to] of assets) {
  mkdirSync(to, { recursive: true });
  cpSync(from, to, { recursive: true });
}
