// A child process that runs repair-ticket lifecycles through the engine runtime as fast as it can, and starts
// tickets with a PT1S timer for its own job worker to fire, until killed. The crash test SIGKILLs it mid-way and
// checks what it left in the database. Env: DATABASE_URL, LOAD_CONCURRENCY (default 8). Prints `steps <n>` every
// 50 steps.
import { NestFactory } from '@nestjs/core';
import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { DatabaseModule } from '../../src/database/database.module';
import { EngineRuntime } from '../../src/engine-runtime/engine-runtime.service';
import { EngineWorkerModule } from '../../src/engine-worker/engine-worker.module';
import {
  DEFAULT_LIVENESS_OPTIONS,
  defaultJobBatching,
  DEFAULT_OUTBOX_OPTIONS,
  type WorkerOptions,
} from '../../src/engine-worker/worker-options';

const databaseUrl = process.env['DATABASE_URL'] ?? '';
const concurrency = Number(process.env['LOAD_CONCURRENCY'] ?? 8);

const workerOptions: WorkerOptions = {
  databaseUrl,
  runJobs: true,
  concurrency: 4,
  pollIntervalMs: 100,
  scheduleCrontab: false,
  historyRetentionDays: 3650,
  commandRequestRetentionDays: 7,
  outbox: DEFAULT_OUTBOX_OPTIONS,
  liveness: DEFAULT_LIVENESS_OPTIONS,
  batching: defaultJobBatching(4),
};

@Module({
  imports: [
    LoggerModule.forRoot({ pinoHttp: { level: 'silent' } }),
    DatabaseModule.forRoot(databaseUrl),
    EngineWorkerModule.forRoot(workerOptions),
  ],
})
class LoadModule {}

async function lifecycle(runtime: EngineRuntime, n: number, count: () => void): Promise<void> {
  if (n % 4 === 0) {
    // A ticket nobody works: its PT1S boundary timer is the worker's to fire (now, or after the restart).
    await runtime.start({ processKey: 'late-fix', initiator: `owner-${n}` });
    count();
  }
  const started = await runtime.start({
    processKey: 'repair-like',
    initiator: `owner-${n}`,
    variables: {
      estimatedCost: n % 2 === 0 ? 820 : 260,
      owner: `owner-${n}`,
      financeApprovers: ['fin-a', 'fin-b', 'fin-c'],
    },
  });
  count();
  let open = [...started.createdTaskIds];
  while (open.length > 0) {
    const state = await runtime.state(started.instanceId);
    const tasks = Object.values(state.tasks);
    if (tasks.length === 0) return;
    // Complete the open tasks concurrently: parallel approvals race like real approvers do.
    const outcomes = await Promise.all(
      tasks.map((t) =>
        runtime.execute(started.instanceId, { type: 'approve', taskId: t.id, actor: t.assignee ?? 'anyone' }),
      ),
    );
    outcomes.forEach(count);
    open = outcomes.flatMap((o) => o.createdTaskIds);
  }
}

async function main(): Promise<void> {
  const app = await NestFactory.createApplicationContext(LoadModule, { logger: false });
  const runtime = app.get(EngineRuntime);
  let steps = 0;
  let next = 0;
  const count = () => {
    steps += 1;
    if (steps % 50 === 0) process.stdout.write(`steps ${steps}\n`);
  };
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (;;) await lifecycle(runtime, next++, count);
    }),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
