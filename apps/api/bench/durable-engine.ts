import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Test } from '@nestjs/testing';
import type { ProcessCommand, ProcessModel } from '@anxin/process-engine';
import { DatabaseModule } from '../src/database/database.module';
import { DefinitionRegistry } from '../src/engine-runtime/definition-registry.service';
import { EngineRuntimeModule } from '../src/engine-runtime/engine-runtime.module';
import { EngineRuntime } from '../src/engine-runtime/engine-runtime.service';

/** The fixture of `bench:engine-core`: the same repair-ticket process, deployed to the durable runtime. */
export const REPAIR_LIKE_FIXTURE = path.join(__dirname, '../../../libs/process-engine/test/fixtures/repair-like.bpmn');
export const PROCESS_KEY = 'repair-like';

export interface DurableEngine {
  readonly runtime: EngineRuntime;
  readonly model: ProcessModel;
  close(): Promise<void>;
}

/**
 * The engine runtime as the api builds it (`DatabaseModule.forRoot` + `EngineRuntimeModule`, as the medium-test
 * harness does), on `url`: the module's bootstrap migrates the database (MikroORM `migrateToLatest`, then
 * graphile-worker's schema); the repair-like process is deployed.
 */
export async function startDurableEngine(url: string): Promise<DurableEngine> {
  const moduleRef = await Test.createTestingModule({
    imports: [DatabaseModule.forRoot(url), EngineRuntimeModule],
  }).compile();
  moduleRef.useLogger(false);
  await moduleRef.init();
  const definitions = moduleRef.get(DefinitionRegistry);
  await definitions.deploy({ kind: 'process', key: PROCESS_KEY, content: readFileSync(REPAIR_LIKE_FIXTURE, 'utf8') });
  const { model } = await definitions.process(PROCESS_KEY);
  return { runtime: moduleRef.get(EngineRuntime), model, close: () => moduleRef.close() };
}

/** What `bench:engine-core` sends for a task: `approve` on approval (会签) tasks, `complete` on the others. */
export function taskCommand(
  model: ProcessModel,
  task: { readonly id: string; readonly elementId: string; readonly assignee: string | null },
): ProcessCommand {
  if (!task.assignee) throw new Error(`task ${task.id} at ${task.elementId} has no assignee`);
  const node = model.elements[task.elementId];
  const isApproval = node?.type === 'userTask' && node.approval !== undefined;
  return { type: isApproval ? 'approve' : 'complete', taskId: task.id, actor: task.assignee };
}
