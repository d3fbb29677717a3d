import {existsSync} from 'node:fs';
import {join, resolve} from 'node:path';
import type {TestProject} from 'vitest/node';
import {freePort, startNginx, type NginxServer} from '../../scripts/nginxServer';
import {createSiteCopy} from '../../scripts/siteCopy';
import {buildTestBank, TEST_BANK_BUILD_DIR, testBankBuildIsCurrent} from '../testBankBuild';

/**
 * The address the test build is made for (npm run build:test sets SITE_URL to
 * it); E2E_PORT serves another build elsewhere while build/ is in use.
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4173);

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
    /** The build nginx serves: build/, or E2E_BUILD_DIR (a build made elsewhere, e.g. a site copy). */
    buildDir: string;
    /** Where the build with the second profile, profiles/test-bank.yml, is served (tests/testBankBuild.ts). */
    testBankOrigin: string;
  }
}

const servers: NginxServer[] = [];

export async function setup(project: TestProject): Promise<void> {
  const buildDir = resolve(process.env.E2E_BUILD_DIR ?? join(__dirname, '../../build'));
  if (!existsSync(join(buildDir, 'fr/index.html'))) {
    throw new Error(`No build of both locales in ${buildDir}: run npm run build:test first`);
  }
  // npm test has just made it (tests/build/bank-profile.test.ts); npm run test:e2e alone makes it here.
  if (!testBankBuildIsCurrent()) {
    const site = createSiteCopy();
    try {
      const {status, output} = buildTestBank(site);
      if (status !== 0) throw new Error(`The test bank's build failed:\n${output}`);
    } finally {
      site.dispose();
    }
  }
  const main = await startNginx({buildDir, port: E2E_PORT});
  servers.push(main);
  const testBank = await startNginx({buildDir: TEST_BANK_BUILD_DIR, port: await freePort()});
  servers.push(testBank);
  project.provide('origin', main.origin);
  project.provide('buildDir', buildDir);
  project.provide('testBankOrigin', testBank.origin);
}

export async function teardown(): Promise<void> {
  for (const server of servers) await server.stop();
}
