/**
 * Runs a benchmark's main function and always stops what it started (servers,
 * browsers, site copies), whether it ends normally, throws or is interrupted.
 */
import {spawn, type ChildProcessByStdio} from 'node:child_process';
import type {Readable} from 'node:stream';

type Cleanup = () => unknown;

const cleanups: Cleanup[] = [];

/** Registers a clean-up step; steps run in reverse order. */
export function onCleanup(cleanup: Cleanup): void {
  cleanups.push(cleanup);
}

async function runCleanups(): Promise<void> {
  for (let cleanup = cleanups.pop(); cleanup; cleanup = cleanups.pop()) {
    await Promise.resolve()
      .then(cleanup)
      .catch((error: unknown) => console.error('Clean-up failed:', error));
  }
}

export function runBenchmark(main: () => Promise<void>): void {
  let interrupted = false;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    // `on`, not `once`: npx and tsx relay the signal too, and a second one must
    // not kill the process halfway through the clean-up.
    process.on(signal, () => {
      if (interrupted) return;
      interrupted = true;
      console.error(`\n${signal}: stopping servers and browsers…`);
      void runCleanups().finally(() => process.exit(130));
    });
  }
  main()
    .catch((error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exitCode = 1;
    })
    .finally(async () => {
      if (!interrupted) await runCleanups();
    });
}

/** A command started by {@link spawnInGroup}, and what it has printed so far. */
export interface GroupedChild {
  readonly child: ChildProcessByStdio<null, Readable, Readable>;
  readonly output: () => string;
}

/**
 * Starts a command in its own process group (so that an interrupted benchmark
 * stops the whole tree, a build's workers too), without colours, collecting
 * stdout and stderr.
 */
export function spawnInGroup(
  command: string,
  argv: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
): GroupedChild {
  const child = spawn(command, argv, {
    cwd,
    env: {...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env},
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  onCleanup(() => child.exitCode === null && child.pid && process.kill(-child.pid, 'SIGKILL'));
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return {child, output: () => output};
}
