/**
 * Runs a benchmark's main function and always stops what it started (servers,
 * browsers, site copies), whether it ends normally, throws or is interrupted.
 */
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
