/**
 * The deployment the README describes, done as written (its one build, for a
 * public address other than the test one), served by nginx through the
 * committed rules and the headers the build wrote; compared with the test
 * build (build/, npm run build:test), made for another address; and inline
 * code planted after the build. Every page of build/ is loaded in a browser by
 * tests/e2e/every-page.*.test.ts; here only the pages that hold inline code.
 */
import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Browser} from 'playwright-core';
import {freePort, nginxBinary, startNginx, type NginxServer} from '../../scripts/nginxServer';
import {i18n} from '../../docusaurus.config';
import {createSiteCopy, projectRoot, type SiteCopy} from '../../scripts/siteCopy';
import {hashSourcesOf, inlineCodeNotAllowedBy} from '../../src/plugins/securityHeaders/check';
import {
  NGINX_ASSET_HEADERS_FILE,
  NGINX_HEADERS_FILE,
  parseStaticHostHeaders,
  securityHeaders,
  STATIC_HOST_HEADERS_FILE,
} from '../../src/plugins/securityHeaders/headers';
import {inlineCodeOfBuild} from '../../src/plugins/securityHeaders/inlineCode';
import {
  launchChromium,
  localeOfPath,
  localePrefix,
  MISSING_PAGES,
  problemsOnPages,
  sitemapPages,
  watchProblems,
  type SitePage,
} from '../e2e/browser';

/** The address the README builds for, which the test build (127.0.0.1:4173) is not. */
const README_SITE_URL = 'https://docs.example.org';
/** The test build, made for http://127.0.0.1:4173 (npm run build:test). */
const testBuild = join(projectRoot, 'build');

/** The commands of the README's Deploy section, one per line. */
function readmeDeploySteps(): string[] {
  const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('\n## Deploy\n'));
  const block = /```bash\n([\s\S]*?)```/.exec(section.slice(0, section.indexOf('\n## ', 4)));
  if (!block) throw new Error('README.md: the Deploy section has no bash block of commands');
  return block[1]!.trim().split('\n');
}

/** The policy and other headers a build wrote to `_headers`, by lower-case name. */
function headersOfBuild(buildDir: string): Map<string, string> {
  return parseStaticHostHeaders(readFileSync(join(buildDir, STATIC_HOST_HEADERS_FILE), 'utf8'));
}

function policyOfBuild(buildDir: string): string {
  return headersOfBuild(buildDir).get('content-security-policy') ?? '';
}

/**
 * The pages that hold, between them, every distinct piece of inline code of a
 * build, both home pages, and both missing pages: what a policy has to allow.
 */
function pagesWithEveryInlineCode(buildDir: string): SitePage[] {
  const paths = new Set(i18n.locales.map((locale) => `${localePrefix(locale)}/`));
  for (const {page} of inlineCodeOfBuild(buildDir).hashes.values()) {
    if (!page.endsWith('404.html'))
      paths.add(`/${page}`.replace(/index\.html$/, '').replace(/\.html$/, ''));
  }
  return [...paths].map((path) => ({path, lang: localeOfPath(path)}));
}

/** Polls `origin` until nginx answers. */
async function waitUntilServing(origin: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      await fetch(origin);
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolveWait) => setTimeout(resolveWait, 100));
    }
  }
}

/**
 * A machine with nginx running, as a distribution installs it: `etc` plays
 * /etc/nginx (its nginx.conf includes conf.d/*.conf) and `srv` plays /srv.
 */
interface Machine {
  readonly etc: string;
  readonly srv: string;
  readonly port: number;
  readonly origin: string;
  /** A text with the real paths (/etc/nginx, /srv/spend-insights) as this machine's. */
  localPaths(text: string): string;
  run(command: string, cwd: string): string;
  stop(): Promise<void>;
}

async function startMachine(): Promise<Machine> {
  const root = mkdtempSync(join(tmpdir(), 'spend-insights-machine-'));
  const etc = join(root, 'etc/nginx');
  const srv = join(root, 'srv/spend-insights');
  mkdirSync(join(etc, 'conf.d'), {recursive: true});
  const port = await freePort();
  const nginx = nginxBinary();
  const nginxArgs = ['-p', `${root}/`, '-c', join(etc, 'nginx.conf')];
  writeFileSync(
    join(etc, 'nginx.conf'),
    `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
pid ${root}/nginx.pid;
error_log ${root}/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  client_body_temp_path ${root}/body;
  proxy_temp_path ${root}/proxy;
  fastcgi_temp_path ${root}/fastcgi;
  uwsgi_temp_path ${root}/uwsgi;
  scgi_temp_path ${root}/scgi;
  include ${etc}/conf.d/*.conf;
}
`,
  );
  const server: ChildProcess = spawn(nginx, [...nginxArgs, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 10_000;
  while (!existsSync(join(root, 'nginx.pid'))) {
    if (server.exitCode !== null || Date.now() > deadline) {
      throw new Error(`nginx did not start:\n${readFileSync(join(root, 'error.log'), 'utf8')}`);
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 50));
  }
  const localPaths = (text: string) =>
    text.replaceAll('/etc/nginx', etc).replaceAll('/srv/spend-insights', srv);
  return {
    etc,
    srv,
    port,
    origin: `http://127.0.0.1:${port}`,
    localPaths,
    /** Runs a README command on this machine: no sudo, its paths, its nginx. */
    run(command, cwd) {
      const local = localPaths(command.replaceAll('sudo ', '')).replace(
        /(^|&&\s*)nginx\b/g,
        `$1${nginx} ${nginxArgs.join(' ')}`,
      );
      const result = spawnSync('bash', ['-euo', 'pipefail', '-c', local], {
        cwd,
        encoding: 'utf8',
        env: {...process.env, FORCE_COLOR: '0', NO_COLOR: '1'},
      });
      const output = `${result.stdout}\n${result.stderr}`;
      if (result.status !== 0) throw new Error(`README step failed: ${command}\n${output}`);
      return output;
    },
    async stop() {
      if (server.exitCode === null) {
        const exited = new Promise((resolveExit) => server.once('exit', resolveExit));
        server.kill('SIGQUIT');
        await exited;
      }
      rmSync(root, {recursive: true, force: true});
    },
  };
}

describe('the README deployment, for another address than the test build', () => {
  let site: SiteCopy;
  let machine: Machine;
  let browser: Browser;
  let deployed: string;
  const servers: NginxServer[] = [];

  beforeAll(async () => {
    site = createSiteCopy();
    cpSync(join(projectRoot, 'deploy'), join(site.dir, 'deploy'), {recursive: true});
    machine = await startMachine();
    browser = await launchChromium();
    deployed = join(machine.srv, 'build');

    const steps = readmeDeploySteps();
    expect(steps[0]).toBe(`SITE_URL=${README_SITE_URL} npm run build`);
    for (const step of steps) {
      if (/^(sudo )?nginx\b/.test(step)) {
        // Before reloading, the README has the server block set to its own
        // address; here that is a free port, and /srv is the machine's.
        const block = join(machine.etc, 'conf.d/spend-insights.conf');
        const text = readFileSync(block, 'utf8');
        expect(text).toContain('listen 80;');
        expect(text).toContain('root /srv/spend-insights/build;');
        writeFileSync(
          block,
          machine.localPaths(text).replace('listen 80;', `listen 127.0.0.1:${machine.port};`),
        );
      }
      machine.run(step, site.dir);
    }
    await waitUntilServing(machine.origin);
  });

  afterAll(async () => {
    await browser?.close();
    for (const server of servers) await server.stop();
    await machine?.stop();
    site?.dispose();
  });

  it('serves the headers the build wrote, through the committed rules', async () => {
    for (const file of [NGINX_HEADERS_FILE, NGINX_ASSET_HEADERS_FILE]) {
      expect(readFileSync(join(machine.etc, 'spend-insights', file), 'utf8')).toBe(
        readFileSync(join(deployed, file), 'utf8'),
      );
    }
    const expected = headersOfBuild(deployed);
    expect([...expected.keys()]).toContain('content-security-policy');
    for (const [path, status] of [
      ['/', 200],
      ['/fr/spend-insights/connect', 200],
      ['/fr/no-such-page', 404],
      ['/img/logo.svg', 200],
    ] as const) {
      const response = await fetch(`${machine.origin}${path}`);
      expect(response.status, path).toBe(status);
      for (const [name, value] of expected)
        expect(response.headers.get(name), `${path} ${name}`).toBe(value);
    }
    // A bundle gets the headers that protect a response, not those of a page.
    const home = await (await fetch(`${machine.origin}/`)).text();
    const script = /<script src="?([^" >]+\.js)/.exec(home)![1]!;
    const bundle = await fetch(`${machine.origin}${script}`);
    expect(bundle.status, script).toBe(200);
    const pageOnly = securityHeaders(new Map()).filter(({documentsOnly}) => documentsOnly);
    expect(pageOnly.length).toBeGreaterThan(0);
    for (const [name, value] of expected) {
      const onPagesOnly = pageOnly.some((header) => header.name.toLowerCase() === name);
      expect(bundle.headers.get(name), `${script} ${name}`).toBe(onPagesOnly ? null : value);
    }
    expect(inlineCodeNotAllowedBy(deployed, expected.get('content-security-policy')!)).toEqual([]);
  });

  it('loads the pages with inline code, both home pages and both 404 pages with no CSP violation or console error', async () => {
    const pages = sitemapPages(deployed);
    expect(pages.map(({path}) => path)).toEqual(expect.arrayContaining(['/', '/fr/']));
    expect(readFileSync(join(deployed, 'sitemap.xml'), 'utf8')).toContain(`${README_SITE_URL}/`);
    expect(
      await problemsOnPages(
        browser,
        machine.origin,
        pagesWithEveryInlineCode(deployed),
        MISSING_PAGES,
      ),
    ).toEqual([]);
  });

  it('runs the colour-mode script before any bundle, so a dark choice applies before paint', async () => {
    const context = await browser.newContext({colorScheme: 'light'});
    // Without the bundles, only the inline script can set the theme. (Docusaurus
    // then shows its "site did not load" banner, whose styles the policy blocks.)
    await context.route('**/assets/js/**', (route) => route.abort());
    for (const path of ['/', '/fr/spend-insights/connect', '/fr/no-such-page']) {
      const page = await context.newPage();
      const problems = await watchProblems(page);
      await page.goto(`${machine.origin}${path}?docusaurus-theme=dark`);
      const html = page.locator('html');
      expect(await html.getAttribute('data-has-hydrated'), path).toBe('false');
      expect(await html.getAttribute('data-theme'), path).toBe('dark');
      expect(await html.getAttribute('data-theme-choice'), path).toBe('dark');
      expect(
        problems.cspViolations.filter((line) => line.startsWith('script-src')),
        path,
      ).toEqual([]);
      await page.close();
    }
    await context.close();
  });

  it('gives the test build, made for another address, other hashes: its colour-mode script of each locale', () => {
    expect(readFileSync(join(testBuild, 'sitemap.xml'), 'utf8')).not.toContain(
      `${README_SITE_URL}/`,
    );
    const first = hashSourcesOf(policyOfBuild(deployed), 'script-src');
    const second = hashSourcesOf(policyOfBuild(testBuild), 'script-src');
    // The colour-mode script of each locale names its storage after the address.
    expect([...second].filter((hash) => !first.has(hash))).toHaveLength(2);
    expect([...first].filter((hash) => !second.has(hash))).toHaveLength(2);
  });

  it('catches an inline script or style added to the pages after the build', async () => {
    const planted = mkdtempSync(join(tmpdir(), 'spend-insights-planted-'));
    try {
      cpSync(deployed, planted, {recursive: true});
      const plant = (page: string, markup: string) => {
        const file = join(planted, page);
        const html = readFileSync(file, 'utf8');
        expect(html).toContain('</body>');
        writeFileSync(file, html.replace('</body>', `${markup}</body>`));
      };
      plant(
        'spend-insights/connect.html',
        '<script>document.documentElement.dataset.planted="yes"</script>',
      );
      plant('fr/404.html', '<p style="outline:3px solid red">planted</p>');

      expect(inlineCodeNotAllowedBy(planted, policyOfBuild(planted))).toEqual([
        expect.stringMatching(
          /^fr\/404\.html: inline style-attribute 'sha256-.+' \(outline:3px solid red\)$/,
        ),
        expect.stringMatching(
          /^spend-insights\/connect\.html: inline script 'sha256-.+' \(document\.documentElement\.dataset\.planted="yes"\)$/,
        ),
      ]);

      const server = await startNginx({buildDir: planted, port: await freePort()});
      servers.push(server);
      const report = await problemsOnPages(
        browser,
        server.origin,
        [{path: '/spend-insights/connect', lang: 'en'}],
        [{path: '/fr/spend-insights/no-such-page', lang: 'fr'}],
      );
      expect(report.filter((line) => line.includes(': CSP violation: '))).toEqual([
        '/spend-insights/connect: CSP violation: script-src-elem blocked inline ()',
        '/fr/spend-insights/no-such-page: CSP violation: style-src-attr blocked inline ()',
      ]);
      // The rest is Chromium's console message for each blocked piece of code.
      expect(report.filter((line) => !line.includes(': CSP violation: '))).toEqual([
        expect.stringMatching(
          /^\/spend-insights\/connect: console error: Executing inline script violates the following Content Security Policy directive 'script-src 'self' 'sha256-/,
        ),
        expect.stringMatching(
          /^\/fr\/spend-insights\/no-such-page: console error: Applying inline style violates the following Content Security Policy directive 'style-src 'self'/,
        ),
      ]);
    } finally {
      rmSync(planted, {recursive: true, force: true});
    }
  });
});
