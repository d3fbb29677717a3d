/** How tests and benchmarks start Debian's Chromium: headless, offline, with a fresh profile. */
import {spawnSync} from 'node:child_process';
import {chromium, type Browser} from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium quiet and on loopback only on these machines. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `Chromium 156.0.8078.108 built on Debian …`, or `unknown` when it cannot be run. */
export function chromiumVersion(): string {
  // Debian's wrapper script prints shell noise on stderr; the version is on stdout.
  const result = spawnSync(CHROMIUM_PATH, ['--version'], {encoding: 'utf8'});
  return result.stdout?.trim() || 'unknown';
}

/** Playwright-driven headless Chromium (Playwright gives it a temporary profile). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS]});
}
