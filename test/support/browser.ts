import { execFileSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium (apt-get install chromium), never a browser download. */
export function chromiumPath(): string | null {
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/**
 * Browser tests run where chromium is installed; outside CI they say so and are skipped without it, and in CI
 * (CI=true) its absence is a failure.
 */
export function browserAvailability(): { executablePath: string | null; skipReason: string | null } {
  const executablePath = chromiumPath();
  if (executablePath) return { executablePath, skipReason: null };
  if (process.env.CI === 'true') throw new Error('CI=true but chromium is not installed (apt-get install chromium)');
  return { executablePath: null, skipReason: 'chromium is not installed (apt-get install chromium): browser tests skipped' };
}

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
