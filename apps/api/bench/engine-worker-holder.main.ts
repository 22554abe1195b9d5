// The job worker of the api (EngineWorkerModule, heartbeats included) in a process of its own, whose action
// handler takes its jobs and never finishes them: the crashed worker of the lock-reclaim benchmark, SIGKILLed once
// it holds them. Env: DATABASE_URL, CONCURRENCY, POLL_INTERVAL, HEARTBEAT_MS, STALE_MS.
// Prints `holding` for each job it holds.
import { startEngineWithWorker } from './engine-with-worker';
import { HangingHoldAction } from './hold.action';

async function main(): Promise<void> {
  await startEngineWithWorker({
    url: process.env['DATABASE_URL'] ?? '',
    settings: {
      concurrency: Number(process.env['CONCURRENCY'] ?? 1),
      pollInterval: Number(process.env['POLL_INTERVAL'] ?? 500),
    },
    liveness: {
      heartbeatIntervalMs: Number(process.env['HEARTBEAT_MS'] ?? 3_000),
      staleAfterMs: Number(process.env['STALE_MS'] ?? 15_000),
    },
    runJobs: true,
    providers: [HangingHoldAction],
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
