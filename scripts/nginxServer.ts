/**
 * Runs Debian's nginx on a loopback port with the committed rules
 * (deploy/nginx/*.conf) and the security headers the build wrote
 * (nginx-headers.conf) in front of a build, for tests and benchmarks.
 */
import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {NGINX_ASSET_HEADERS_FILE, NGINX_HEADERS_FILE} from '../src/plugins/securityHeaders/headers';

const projectRoot = resolve(__dirname, '..');

export interface NginxServer {
  readonly origin: string;
  stop(): Promise<void>;
}

/** Debian's nginx binary. */
export function nginxBinary(): string {
  for (const candidate of ['/usr/sbin/nginx', '/usr/bin/nginx']) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error('nginx is not installed: run npm run test:setup (apt-get install nginx)');
}

/** A loopback port free right now, for a server started next. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Fails unless `port` is free: with another server there (another checkout's
 * tests, say), nginx could not bind it and the tests would read that server.
 */
function expectFreePort(port: number): Promise<void> {
  return new Promise((resolveFree, reject) => {
    const probe = createServer().once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `port ${port} is already in use by another server: stop it, or serve the tests on another port (E2E_PORT)`,
            )
          : error,
      ),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolveFree()));
  });
}

async function waitForPort(
  origin: string,
  server: ChildProcess,
  errorLog: string,
  stderr: () => string,
) {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) break;
    try {
      await fetch(origin);
      return;
    } catch {
      await new Promise((resolveWait) => setTimeout(resolveWait, 100));
    }
  }
  const log = existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '';
  throw new Error(`nginx did not start on ${origin}:\n${stderr()}${log}`);
}

/**
 * Starts nginx serving `buildDir` on 127.0.0.1:`port` in the foreground of a
 * child process, with the rules of `rulesDir` (another checkout's deploy/nginx,
 * for bench/compare.ts). The build's header files are required only when the
 * rules include them.
 */
export async function startNginx({
  buildDir = join(projectRoot, 'build'),
  port,
  rulesDir = join(projectRoot, 'deploy/nginx'),
}: {
  buildDir?: string;
  port: number;
  rulesDir?: string;
}) {
  const binary = nginxBinary();
  await expectFreePort(port);
  const prefix = mkdtempSync(join(tmpdir(), 'spend-insights-nginx-'));
  mkdirSync(join(prefix, 'spend-insights'));
  cpSync(rulesDir, join(prefix, 'spend-insights'), {recursive: true});
  const rules = readdirSync(rulesDir).map((file) => readFileSync(join(rulesDir, file), 'utf8'));
  // Older rules (a base checkout in bench/compare.ts) keep their headers in
  // deploy/nginx or have no file for assets: copy what the rules include.
  for (const file of [NGINX_HEADERS_FILE, NGINX_ASSET_HEADERS_FILE]) {
    if (!rules.some((text) => text.includes(file))) continue;
    const written = join(buildDir, file);
    if (!existsSync(written)) {
      rmSync(prefix, {recursive: true, force: true});
      throw new Error(
        `${written} is missing: the build writes it (src/plugins/securityHeaders); rebuild the site`,
      );
    }
    cpSync(written, join(prefix, 'spend-insights', file));
  }
  const errorLog = join(prefix, 'error.log');
  const runningAsRoot = process.getuid?.() === 0;
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `${runningAsRoot ? 'user root;\n' : ''}worker_processes 1;
pid ${join(prefix, 'nginx.pid')};
error_log ${errorLog} warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  client_body_temp_path ${join(prefix, 'body')};
  proxy_temp_path ${join(prefix, 'proxy')};
  fastcgi_temp_path ${join(prefix, 'fastcgi')};
  uwsgi_temp_path ${join(prefix, 'uwsgi')};
  scgi_temp_path ${join(prefix, 'scgi')};
  server {
    listen 127.0.0.1:${port};
    root ${resolve(buildDir)};
    include spend-insights/site.conf;
  }
}
`,
  );
  const test = spawnSync(binary, ['-t', '-p', prefix, '-c', join(prefix, 'nginx.conf')], {
    encoding: 'utf8',
  });
  if (test.status !== 0) throw new Error(`nginx rejected the configuration:\n${test.stderr}`);

  const server = spawn(
    binary,
    ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  server.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  await waitForPort(origin, server, errorLog, () => stderr);
  return {
    origin,
    async stop() {
      if (server.exitCode === null) {
        const exited = new Promise((resolveExit) => server.once('exit', resolveExit));
        server.kill('SIGQUIT');
        await exited;
      }
      rmSync(prefix, {recursive: true, force: true});
    },
  } satisfies NginxServer;
}
