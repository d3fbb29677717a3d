import {existsSync} from 'node:fs';
import {join} from 'node:path';
import type {TestProject} from 'vitest/node';
import {startNginx, type NginxServer} from '../../scripts/nginxServer';

/** The address the test build is made for (npm run build:test sets SITE_URL to it). */
export const E2E_PORT = 4173;

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
  }
}

let server: NginxServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  const buildDir = join(__dirname, '../../build');
  if (!existsSync(join(buildDir, 'fr/index.html'))) {
    throw new Error('No build of both locales in build/: run npm run build:test first');
  }
  server = await startNginx({buildDir, port: E2E_PORT});
  project.provide('origin', server.origin);
}

export async function teardown(): Promise<void> {
  await server?.stop();
}
