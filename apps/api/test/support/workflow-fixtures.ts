import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EntityManager } from '@mikro-orm/postgresql';
import { workspaceRoot } from '@anxin/testing';
import { DefinitionRegistry } from '../../src/engine-runtime/definition-registry.service';
import type { TestApp } from './test-app';

const DIR = path.join(workspaceRoot, 'apps/api/test/fixtures/workflow');

export const readWorkflowFixture = (file: string) => readFileSync(path.join(DIR, file), 'utf8');

/**
 * Deploys the small ticket flow of apps/api/test/fixtures/workflow: the `ticket-flow` process (a ticket with
 * statuses), its request and handling forms and the status dictionary.
 */
export async function deployTicketFlow(testApp: TestApp): Promise<void> {
  const registry = testApp.app.get(DefinitionRegistry);
  await registry.deploy({
    kind: 'dictionary',
    key: 'ticket-status',
    content: readWorkflowFixture('ticket-status.dictionary.json'),
  });
  await registry.deploy({ kind: 'process', key: 'ticket-flow', content: readWorkflowFixture('ticket-flow.bpmn') });
  await registry.deploy({
    kind: 'form',
    key: 'ticket-request',
    content: readWorkflowFixture('ticket-request.form.json'),
  });
  await registry.deploy({
    kind: 'form',
    key: 'ticket-handle',
    content: readWorkflowFixture('ticket-handle.form.json'),
  });
}

/** Ids of the demo tenant's org records by code (project `lakeside`, unit `1-1-101`…). */
export async function demoIds(
  testApp: TestApp,
): Promise<{ project: (code: string) => string; unit: (code: string) => string }> {
  const em = testApp.app.get(EntityManager).fork();
  const projects = await em.execute<{ id: string; code: string }[]>(`select id, code from project`);
  const units = await em.execute<{ id: string; code: string }[]>(`select id, code from unit`);
  const find = (rows: { id: string; code: string }[], what: string) => (code: string) => {
    const row = rows.find((r) => r.code === code);
    if (!row) throw new Error(`no ${what} ${code}`);
    return row.id;
  };
  return { project: find(projects, 'project'), unit: find(units, 'unit') };
}
