import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Test } from '@nestjs/testing';
import { DatabaseModule } from '../src/database/database.module';
import { DefinitionRegistry } from '../src/engine-runtime/definition-registry.service';
import { EngineRuntimeModule } from '../src/engine-runtime/engine-runtime.module';
import { EngineRuntime } from '../src/engine-runtime/engine-runtime.service';
import { inFlight } from './bench-stats';

const FIXTURES = path.join(__dirname, 'fixtures');
export const BENCH_PROCESS_KEY = 'bench-repair';
export const BENCH_FORM_KEY = 'bench-repair-report';

/** An open task of the bench process and the user it is assigned to. */
export interface OpenTask {
  readonly id: string;
  readonly assignee: string;
}

/** The engine runtime in the benchmark's process, on the api's database: deploys the fixtures, opens tasks. */
export interface BenchWorkflow {
  /** Starts `count` instances of the bench process (one open task each), assignees in turn; their tasks. */
  openTasks(count: number, tenantId: string, initiator: string, assignees: readonly string[]): Promise<OpenTask[]>;
  close(): Promise<void>;
}

/**
 * `DatabaseModule.forRoot` + `EngineRuntimeModule` as in `durable-engine.ts` (the api has migrated the database
 * already; the bootstrap finds nothing to do). Deploys `fixtures/task-completion.bpmn` (start → 维修, assigned to
 * the instance's `engineer` → end) and its form `fixtures/bench-repair-report.form.json` (cost, result, notes).
 */
export async function startBenchWorkflow(url: string): Promise<BenchWorkflow> {
  const moduleRef = await Test.createTestingModule({
    imports: [DatabaseModule.forRoot(url), EngineRuntimeModule],
  }).compile();
  moduleRef.useLogger(false);
  await moduleRef.init();
  const definitions = moduleRef.get(DefinitionRegistry);
  const fixture = (file: string) => readFileSync(path.join(FIXTURES, file), 'utf8');
  await definitions.deploy({ kind: 'form', key: BENCH_FORM_KEY, content: fixture(`${BENCH_FORM_KEY}.form.json`) });
  await definitions.deploy({ kind: 'process', key: BENCH_PROCESS_KEY, content: fixture('task-completion.bpmn') });
  const runtime = moduleRef.get(EngineRuntime);
  return {
    openTasks: async (count, tenantId, initiator, assignees) => {
      const tasks: OpenTask[] = new Array<OpenTask>(count);
      await inFlight(count, 8, async (index) => {
        const assignee = assignees[index % assignees.length]!;
        const outcome = await runtime.start({
          processKey: BENCH_PROCESS_KEY,
          tenantId,
          initiator,
          variables: { engineer: assignee },
        });
        const id = outcome.createdTaskIds[0];
        if (!id) throw new Error('the bench process opened no task');
        tasks[index] = { id, assignee };
      });
      return tasks;
    },
    close: () => moduleRef.close(),
  };
}
