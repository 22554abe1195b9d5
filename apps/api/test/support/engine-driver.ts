import { EntityManager } from '@mikro-orm/postgresql';
import type { JsonObject } from '@anxin/rules';
import type { ProcessCommand } from '@anxin/process-engine';
import { DefinitionRegistry } from '../../src/engine-runtime/definition-registry.service';
import { EngineRuntime } from '../../src/engine-runtime/engine-runtime.service';
import type { TestApp } from './test-app';
import { waitFor } from './wait-for';
import { apiFixture } from './worker-harness';

/** The running app's engine, for e2e tests that need a process behind the GraphQL they exercise. */
export interface EngineDriver {
  /** Deploys apps/api/test/fixtures/<key>.bpmn as process `key`. */
  deploy(key: string): Promise<void>;
  start(key: string, initiator: string, variables?: JsonObject): Promise<string>;
  /** The id of the open task of `elementId`, once the instance has one. */
  openTask(instanceId: string, elementId: string): Promise<string>;
  execute(instanceId: string, command: ProcessCommand): Promise<void>;
  rows<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

export function engineOf(testApp: TestApp): EngineDriver {
  const runtime = testApp.app.get(EngineRuntime);
  const em = testApp.app.get(EntityManager);
  const rows = <T>(sql: string, params: unknown[] = []) => em.fork().execute<T[]>(sql, params as never[]);
  return {
    deploy: async (key) => {
      await testApp.app.get(DefinitionRegistry).deploy({ kind: 'process', key, content: apiFixture(`${key}.bpmn`) });
    },
    // The instance belongs to its initiator's company, as one started through the API does.
    start: async (key, initiator, variables) => {
      const [user] = await rows<{ tenant_id: string }>('select tenant_id from app_user where id::text = ?', [
        initiator,
      ]);
      const tenant = user ? { tenantId: user.tenant_id } : {};
      return (await runtime.start({ processKey: key, initiator, ...tenant, ...(variables ? { variables } : {}) }))
        .instanceId;
    },
    openTask: (instanceId, elementId) =>
      waitFor(`an open ${elementId}`, async () => {
        const [task] = await rows<{ id: string }>(
          `select id from user_task where instance_id = ? and element_id = ? and status = 'open'`,
          [instanceId, elementId],
        );
        return task?.id;
      }),
    execute: async (instanceId, command) => {
      await runtime.execute(instanceId, command);
    },
    rows,
  };
}
