import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { closedFolderOnPath } from '../../src/database/embedded.js';
import { freePort } from '../support/server-process.js';

const run = promisify(execFile);
const asRoot = process.getuid?.() === 0;

describe('the embedded server started by root, in a folder the postgres user cannot enter', () => {
  it('finds the first folder on the way that others may not enter', () => {
    const closed = mkdtempSync(path.join(tmpdir(), 'congvu-closed-')); // mode 700, as mktemp -d makes it
    try {
      mkdirSync(path.join(closed, 'data'));
      expect(closedFolderOnPath(path.join(closed, 'data', 'postgres'))).toBe(closed);
      chmodSync(closed, 0o755);
      expect(closedFolderOnPath(path.join(closed, 'data', 'postgres'))).toBeNull();
    } finally {
      rmSync(closed, { recursive: true, force: true });
    }
  });

  (asRoot ? it : it.skip)('npm start says in one line why and what to do, with no stack, and exits 1', async () => {
    const closed = mkdtempSync(path.join(tmpdir(), 'congvu-closed-'));
    try {
      const failure = await run(process.execPath, ['dist/src/main.js'], {
        env: {
          PATH: process.env.PATH ?? '',
          PORT: String(await freePort()),
          EMBEDDED_PG_DIR: path.join(closed, 'postgres'),
          EMBEDDED_PG_PORT: '54999',
          LOG_LEVEL: 'info',
        },
      }).catch((error: { code: number; stdout: string; stderr: string }) => error);
      expect(failure).toMatchObject({ code: 1 });
      const { stdout, stderr } = failure as { stdout: string; stderr: string };
      const lines = `${stdout}${stderr}`.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`cannot enter ${closed}`);
      expect(lines[0]).toContain('DATABASE_URL');
      expect(lines[0]).not.toMatch(/\bat .*\.js/);
    } finally {
      rmSync(closed, { recursive: true, force: true });
    }
  });
});
