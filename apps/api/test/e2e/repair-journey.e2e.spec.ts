// The whole repair-ticket journey of issue #8 on the running app, over GraphQL with the demo users: owner-1 reports,
// the engineer dispatch chose accepts, surveys and repairs; the cost decides the approvals (300: none; 800: the
// finance 会签, one rejection back to the survey; 6 000: the 会签 then the managers' 或签); the owner confirms and
// rates 2 stars, which opens the supervisor's 回访; trackTicket shows every status in order, in Chinese.
import { dataOf, RepairDemo } from '../support/repair-demo';
import { waitFor } from '../support/wait-for';

const HISTORY = `query($id: ID!) { processInstance(id: $id) { history { type elementId comment actor { displayName } } } }`;
const NOTIFICATIONS = `query { notifications(page: { limit: 200 }) { title processInstanceId } }`;

type History = { processInstance: { history: { type: string; elementId: string | null; comment: string | null }[] } };

describe('the repair-ticket journey with the demo users', () => {
  let demo: RepairDemo;

  beforeAll(async () => {
    demo = await RepairDemo.start();
  });

  afterAll(() => demo?.close());

  /** Submitted by owner-1, accepted and surveyed at `cost` yuan by the dispatched engineer. */
  async function surveyed(requestId: string, cost: number) {
    const ticket = await demo.submitRepair(requestId);
    const engineer = await demo.dispatchedEngineer(ticket.number);
    expect(['eng-we-1', 'eng-we-2']).toContain(engineer);
    await demo.work(engineer, ticket.number, 'accept', {});
    await demo.work(engineer, ticket.number, 'survey', {
      diagnosis: '角阀老化，软管破裂',
      materials: [{ name: '角阀', quantity: 2, unitPrice: 50 }],
      estimatedCost: cost,
    });
    return { ...ticket, engineer };
  }

  /** The engineer repairs, owner-1 confirms and rates 2 stars; the supervisor does the 回访; the ticket closes. */
  async function repairedAndRatedPoorly(ticket: { number: string; instanceId: string; engineer: string }) {
    await demo.work(ticket.engineer, ticket.number, 'repair', { workLog: '更换角阀和软管，试水无渗漏' });
    await demo.work('owner-1', ticket.number, 'confirm', { confirmed: 'yes' });
    await demo.work('owner-1', ticket.number, 'rate', { stars: 2, comment: '一般' });
    await demo.work('supervisor', ticket.number, 'followUp', { outcome: 'resolved', notes: '已电话回访，业主接受' });
    return demo.track(ticket.number, (t) => t.status === 'closed');
  }

  it('given a 300-yuan survey, when repaired and rated 2 stars, then no approval, a 回访 for the supervisor, a warning to the manager, and every status tracked', async () => {
    // Given owner-1's ticket surveyed at 300 yuan
    const ticket = await surveyed('journey-300', 300);
    // Then it goes straight to repair: the engineer's repair task is the only open task
    await demo.task(ticket.engineer, ticket.number, 'repair');
    expect(await demo.openTasks(ticket.number)).toEqual([`repair:${ticket.engineer}`]);
    // When it is repaired, confirmed and rated 2 stars
    await demo.work(ticket.engineer, ticket.number, 'repair', { workLog: '更换角阀' });
    await demo.work('owner-1', ticket.number, 'confirm', { confirmed: 'yes' });
    await demo.work('owner-1', ticket.number, 'rate', { stars: 2, comment: '一般' });
    // Then the supervisor has the 回访 task and the manager the early warning
    const followUp = await demo.task('supervisor', ticket.number, 'followUp');
    expect(followUp.status).toBe('open');
    const warning = await waitFor('the manager warned of the poor rating', async () => {
      const read = await demo.gql<{ notifications: { title: string; processInstanceId: string | null }[] }>(
        'manager',
        NOTIFICATIONS,
      );
      return read.data?.notifications.find((n) => n.processInstanceId === ticket.instanceId);
    });
    expect(warning.title).toBe('报修工单差评预警');
    // When the supervisor follows up, the ticket closes and the owner tracks every status in order
    await demo.work('supervisor', ticket.number, 'followUp', { outcome: 'resolved', notes: '已电话回访，业主接受' });
    const tracked = await demo.track(ticket.number, (t) => t.status === 'closed');
    expect(tracked.statusLabel).toBe('已完成');
    expect(tracked.timeline.map((t) => t.statusLabel)).toEqual([
      '已受理',
      '已派单',
      '工程师已出发',
      '维修中',
      '待确认',
      '待评价',
      '已完成',
    ]);
    const read = await demo.gql<{
      ticket: { estimatedCost: number; rating: number; team: string; dispatchExplanation: string[] };
    }>('supervisor', `query($n: String!) { ticket(number: $n) { estimatedCost rating team dispatchExplanation } }`, {
      n: ticket.number,
    });
    const { dispatchExplanation, ...fields } = dataOf(read).ticket;
    expect(fields).toEqual({ estimatedCost: 300, rating: 2, team: 'team-we' });
    expect(dispatchExplanation).toEqual(expect.arrayContaining([expect.any(String)]));
  });

  it("given the agent files a ticket for owner-2's unit, when it is repaired, then owner-2 confirms, not the agent", async () => {
    // Given the agent files a ticket for owner-2's unit A-1201 of riverside-one (a phone call)
    const ticket = await demo.submitRepair(
      'journey-agent',
      {
        projectId: demo.ids['project:riverside-one'],
        buildingId: demo.ids['buildingOf:A-1201'],
        unitId: demo.ids['unit:A-1201'],
        urgency: 'normal',
        description: '卫生间灯不亮了',
        contactPhone: '13800000002',
      },
      'agent',
    );
    // When the dispatched engineer accepts, surveys at 100 yuan and repairs
    const engineer = await demo.dispatchedEngineer(ticket.number);
    await demo.work(engineer, ticket.number, 'accept', {});
    await demo.work(engineer, ticket.number, 'survey', { diagnosis: '灯泡坏了', materials: [], estimatedCost: 100 });
    await demo.work(engineer, ticket.number, 'repair', { workLog: '更换灯泡' });
    // Then owner-2 confirms, and the agent has nothing to confirm
    await demo.work('owner-2', ticket.number, 'confirm', { confirmed: 'yes' });
    expect(await demo.hasTask('agent', ticket.number, 'confirm')).toBe(false);
  });

  it('given an 800-yuan survey, when finance1 rejects, then the engineer surveys again with the comment in the history, and after both finance approvals it is repaired', async () => {
    // Given owner-1's ticket surveyed at 800 yuan
    const ticket = await surveyed('journey-800', 800);
    // Then finance1 and finance2 both have the 会签 task, and the ticket is pending approval
    await demo.task('finance1', ticket.number, 'financeApproval');
    await demo.task('finance2', ticket.number, 'financeApproval');
    expect(await demo.openTasks(ticket.number)).toEqual(['financeApproval:finance1', 'financeApproval:finance2']);
    expect((await demo.track(ticket.number)).statusLabel).toBe('待审批');
    // When finance1 rejects with a comment
    await demo.reject('finance1', ticket.number, 'financeApproval', '材料单价偏高，请重新核价');
    // Then the survey is back with the engineer, finance2's signature no longer asked for,
    // and the engineer reads the rejection's comment in the instance history
    await demo.task(ticket.engineer, ticket.number, 'survey');
    expect(await demo.openTasks(ticket.number)).toEqual([`survey:${ticket.engineer}`]);
    const history = dataOf(await demo.gql<History>(ticket.engineer, HISTORY, { id: ticket.instanceId }));
    expect(history.processInstance.history).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ elementId: 'financeApproval', comment: '材料单价偏高，请重新核价' }),
      ]),
    );
    // When he surveys again and finance1 approves
    await demo.work(ticket.engineer, ticket.number, 'survey', {
      diagnosis: '角阀老化，改用国产配件',
      materials: [{ name: '角阀', quantity: 2, unitPrice: 40 }],
      estimatedCost: 800,
    });
    await demo.approve('finance1', ticket.number, 'financeApproval', '同意');
    // Then the 会签 still waits for finance2
    await demo.task('finance2', ticket.number, 'financeApproval');
    expect(await demo.openTasks(ticket.number)).toEqual(['financeApproval:finance2']);
    // When finance2 approves too, the engineer repairs; confirmed and rated 2 stars, the ticket closes after the 回访
    await demo.approve('finance2', ticket.number, 'financeApproval', '同意');
    await demo.task(ticket.engineer, ticket.number, 'repair');
    expect(await demo.openTasks(ticket.number)).toEqual([`repair:${ticket.engineer}`]);
    const tracked = await repairedAndRatedPoorly(ticket);
    // Then the owner tracks every status in order, the approval and the second survey included
    expect(tracked.timeline.map((t) => t.statusLabel)).toEqual([
      '已受理',
      '已派单',
      '工程师已出发',
      '维修中',
      '待审批',
      '工程师已出发',
      '维修中',
      '待审批',
      '维修中',
      '待确认',
      '待评价',
      '已完成',
    ]);
  });

  it('given a 6000-yuan survey, when both finance users approve and one manager approves, then it is repaired without the other manager', async () => {
    // Given owner-1's ticket surveyed at 6 000 yuan, approved by finance1 and finance2
    const ticket = await surveyed('journey-6000', 6000);
    await demo.approve('finance1', ticket.number, 'financeApproval', '同意');
    await demo.approve('finance2', ticket.number, 'financeApproval', '同意');
    // Then the managers of sunshine-garden (manager and manager2) are asked, either one deciding (或签)
    await demo.task('manager', ticket.number, 'managerApproval');
    await demo.task('manager2', ticket.number, 'managerApproval');
    expect(await demo.openTasks(ticket.number)).toEqual(['managerApproval:manager', 'managerApproval:manager2']);
    // When manager2 approves
    await demo.approve('manager2', ticket.number, 'managerApproval', '同意，尽快维修');
    // Then the engineer repairs and manager's signature is no longer asked for
    await demo.task(ticket.engineer, ticket.number, 'repair');
    expect(await demo.openTasks(ticket.number)).toEqual([`repair:${ticket.engineer}`]);
    expect(await demo.hasTask('manager', ticket.number, 'managerApproval')).toBe(false);
    // When it is repaired, confirmed, rated 2 stars and followed up, the owner tracks every status in order
    const tracked = await repairedAndRatedPoorly(ticket);
    expect(tracked.timeline.map((t) => t.statusLabel)).toEqual([
      '已受理',
      '已派单',
      '工程师已出发',
      '维修中',
      '待审批',
      '维修中',
      '待确认',
      '待评价',
      '已完成',
    ]);
    expect(tracked.timeline.map((t) => t.status)).toEqual([
      'accepted',
      'dispatched',
      'en_route',
      'in_repair',
      'pending_approval',
      'in_repair',
      'pending_confirmation',
      'pending_rating',
      'closed',
    ]);
    // And the road the public tracker draws: the status dictionary in order, with what it says about each step
    expect(tracked.stages.map((s) => [s.statusLabel, s.optional, s.ownerActs])).toEqual([
      ['已受理', false, false],
      ['已派单', false, false],
      ['工程师已出发', false, false],
      ['待审批', true, false],
      ['维修中', false, false],
      ['待确认', false, true],
      ['待评价', false, true],
      ['已完成', false, false],
      ['已取消', true, false],
    ]);
  });
});
