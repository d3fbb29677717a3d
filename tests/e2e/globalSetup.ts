import {existsSync} from 'node:fs';
import {join, resolve} from 'node:path';
import type {TestProject} from 'vitest/node';
import {startNginx, type NginxServer} from '../../scripts/nginxServer';

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
  }
}

let server: NginxServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  const buildDir = resolve(process.env.E2E_BUILD_DIR ?? join(__dirname, '../../build'));
  if (!existsSync(join(buildDir, 'fr/index.html'))) {
    throw new Error(`No build of both locales in ${buildDir}: run npm run build:test first`);
  }
  server = await startNginx({buildDir, port: E2E_PORT});
  project.provide('origin', server.origin);
  project.provide('buildDir', buildDir);
}

export async function teardown(): Promise<void> {
  await server?.stop();
}
