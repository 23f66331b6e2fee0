import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

describe('the handlers of last resort', () => {
  it('a rejected promise nobody awaited is logged and the process keeps serving', async () => {
    const script = `
      const { installLastResortHandlers } = await import('./dist/src/common/last-resort.js');
      installLastResortHandlers(() => process.exit(3));
      Promise.reject(new Error('forgotten rejection'));
      setImmediate(() => { console.log('still serving'); process.exit(0); });`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script]);
    expect(stdout).toContain('unhandled promise rejection');
    expect(stdout).toContain('still serving');
  });

  it('an uncaught exception is logged and stops the process through its graceful stop', async () => {
    const script = `
      const { installLastResortHandlers } = await import('./dist/src/common/last-resort.js');
      installLastResortHandlers((reason, code) => { console.log('graceful stop: ' + reason); process.exit(code); });
      setImmediate(() => { throw new Error('thrown in a callback'); });`;
    const failure = await run(process.execPath, ['--input-type=module', '-e', script]).catch(
      (error: { code: number; stdout: string }) => error,
    );
    expect(failure).toMatchObject({ code: 1, stdout: expect.stringContaining('graceful stop: uncaughtException') });
  });
});
