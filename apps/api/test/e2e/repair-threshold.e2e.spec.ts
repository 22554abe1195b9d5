// Threshold by data alone (issue #8): the designer deploys a repair-ticket version whose finance condition says
// 1 000 yuan instead of 500 through deployDefinition. A new 800-yuan ticket goes straight to repair, while a ticket
// started on the earlier version and surveyed at 800 afterwards still needs the finance 会签: its version's rule.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { workspaceRoot } from '@anxin/testing';
import { dataOf, RepairDemo } from '../support/repair-demo';

const DEPLOY = `mutation($input: DefinitionInput!) { deployDefinition(input: $input) { version created problems { code message } } }`;
const VERSION = `query($id: ID!) { processInstance(id: $id) { processVersion } }`;
const FINANCE_OVER_500 = '{"&gt;":[{"var":"estimatedCost"},500]}';
const FINANCE_OVER_1000 = '{"&gt;":[{"var":"estimatedCost"},1000]}';

describe('the finance threshold of the repair ticket changed by deploying a process version', () => {
  let demo: RepairDemo;

  beforeAll(async () => {
    demo = await RepairDemo.start();
  });

  afterAll(() => demo?.close());

  const versionOf = async (instanceId: string) =>
    dataOf(await demo.gql<{ processInstance: { processVersion: number } }>('admin', VERSION, { id: instanceId }))
      .processInstance.processVersion;

  /** Submitted by owner-1 and accepted by the dispatched engineer: waiting for the survey. */
  async function accepted(requestId: string) {
    const ticket = await demo.submitRepair(requestId);
    const engineer = await demo.dispatchedEngineer(ticket.number);
    await demo.work(engineer, ticket.number, 'accept', {});
    await demo.task(engineer, ticket.number, 'survey');
    return { ...ticket, engineer };
  }

  const surveyAt800 = (ticket: { number: string; engineer: string }) =>
    demo.work(ticket.engineer, ticket.number, 'survey', {
      diagnosis: '热水器阀体损坏',
      materials: [{ name: '阀体', quantity: 1, unitPrice: 600 }],
      estimatedCost: 800,
    });

  it('given a ticket waiting for its survey on the 500-yuan version, when a 1000-yuan version is deployed, then a new 800-yuan ticket skips finance and the older one still goes to finance', async () => {
    // Given a ticket started on the deployed version (finance over 500 yuan), waiting for its survey
    const older = await accepted('threshold-older');
    const firstVersion = await versionOf(older.instanceId);

    // When the designer deploys repair-ticket.bpmn with the finance condition at 1000 yuan
    const file = readFileSync(path.join(workspaceRoot, 'definitions/processes/repair-ticket.bpmn'), 'utf8');
    expect(file.split(FINANCE_OVER_500)).toHaveLength(2);
    const deployed = await demo.gql<{ deployDefinition: { version: number; created: boolean } }>('designer', DEPLOY, {
      input: { kind: 'PROCESS', key: 'repair-ticket', content: file.replace(FINANCE_OVER_500, FINANCE_OVER_1000) },
    });
    expect(dataOf(deployed).deployDefinition).toEqual({ version: firstVersion + 1, created: true, problems: [] });

    // Then a new ticket runs the new version and, surveyed at 800 yuan, goes straight to repair
    const newer = await accepted('threshold-newer');
    expect(await versionOf(newer.instanceId)).toBe(firstVersion + 1);
    await surveyAt800(newer);
    await demo.task(newer.engineer, newer.number, 'repair');
    expect(await demo.openTasks(newer.number)).toEqual([`repair:${newer.engineer}`]);
    const newerTracked = await demo.track(newer.number);
    expect(newerTracked.timeline.map((t) => t.status)).toEqual(['accepted', 'dispatched', 'en_route', 'in_repair']);

    // And the older ticket, surveyed at 800 yuan afterwards, keeps its version's rule: the finance 会签
    expect(await versionOf(older.instanceId)).toBe(firstVersion);
    await surveyAt800(older);
    await demo.task('finance1', older.number, 'financeApproval');
    await demo.task('finance2', older.number, 'financeApproval');
    expect(await demo.openTasks(older.number)).toEqual(['financeApproval:finance1', 'financeApproval:finance2']);
    const olderTracked = await demo.track(older.number);
    expect(olderTracked.statusLabel).toBe('待审批');
  });
});
