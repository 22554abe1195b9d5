// A bare graphile-worker runner that takes jobs and never finishes them, until it is killed: the crashed worker of
// the lock-reclaim benchmark's "graphile-worker as is" case. Env: DATABASE_URL, HOLD_TASK (task identifier),
// CONCURRENCY, POLL_INTERVAL. Prints `holding` for each job it holds.
import { startQueueWorker } from './queue-worker';

async function main(): Promise<void> {
  await startQueueWorker({
    url: process.env['DATABASE_URL'] ?? '',
    settings: {
      concurrency: Number(process.env['CONCURRENCY'] ?? 1),
      pollInterval: Number(process.env['POLL_INTERVAL'] ?? 500),
    },
    tasks: {
      [process.env['HOLD_TASK'] ?? '']: () => {
        process.stdout.write('holding\n');
        return new Promise<void>(() => undefined);
      },
    },
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
