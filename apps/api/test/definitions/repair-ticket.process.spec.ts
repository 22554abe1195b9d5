// The repair-ticket lifecycle of definitions/ run through the pure engine (no database): the process, the
// repair-dispatch table and the cn-workdays calendar exactly as deployed; the built-in actions are answered by hand.
import type { ProcessModel } from '@anxin/process-engine';
import type { DecisionTable, JsonObject } from '@anxin/rules';
import { definitionModel, definitionText, PureDriver, pureEnv } from '../support/pure-engine-driver';

const OWNER = 'owner-1';
const ENGINEER = 'eng-we-1';
const MONDAY_10_AM = Date.parse('2026-03-02T10:00:00+08:00');

const request: JsonObject = {
  projectId: 'p-sunshine',
  buildingId: 'b-1',
  unitId: 'u-101',
  category: 'water_electric',
  urgency: 'urgent',
  description: '厨房水管漏水，地面积水',
  photos: [],
  contactName: '业主一',
  contactPhone: '13800000001',
  preferredTime: null,
};

let model: ProcessModel;
let dispatchTable: DecisionTable;

beforeAll(async () => {
  model = await definitionModel('processes/repair-ticket.bpmn');
  dispatchTable = JSON.parse(definitionText('decisions/repair-dispatch.decision.json')) as DecisionTable;
});

function submit(variables: JsonObject = {}, tables: Record<string, DecisionTable> = {}) {
  const env = pureEnv(MONDAY_10_AM, { 'repair-dispatch': dispatchTable, ...tables });
  const ticket = new PureDriver(model, env, { initiator: OWNER, variables: { ...request, ...variables } });
  ticket.answer('findOwners', { users: [OWNER] });
  return ticket;
}

/** Submitted and dispatched to ENGINEER, who accepts. */
function accepted(variables: JsonObject = {}) {
  const ticket = submit(variables);
  ticket.answer('assignEngineer', { assignee: ENGINEER, outcome: 'assigned', explanation: ['水电组：负载最低'] });
  ticket.complete('accept', ENGINEER, { engineer: ENGINEER });
  return ticket;
}

/** Accepted and surveyed at `cost` yuan. */
function surveyed(cost: number) {
  const ticket = accepted();
  ticket.complete('survey', ENGINEER, { diagnosis: '阀门老化', estimatedCost: cost, materials: [], materialCost: 0 });
  return ticket;
}

describe('definitions/processes/repair-ticket.bpmn', () => {
  //  (submitted) → [▦ dispatchRule] → [⚙ assignEngineer] → [accept]
  it('should dispatch by the table: team, skill and SLA of the category and urgency, to the assigned engineer', () => {
    // Given an urgent water_electric request
    const ticket = submit();
    // Then the table gave the team, skill and SLA, and the assign action is asked with the strategy and the ticket
    expect(ticket.state.variables).toMatchObject({ team: 'team-we', skill: 'water_electric', sla: 'PT30M' });
    const assign = ticket.action('assignEngineer');
    expect(assign.action).toBe('assign');
    expect(assign.input).toMatchObject({
      strategy: 'repair-engineer',
      projectId: 'p-sunshine',
      context: { team: 'team-we', skill: 'water_electric' },
    });
    // When the action answers with an engineer
    ticket.answer('assignEngineer', { assignee: ENGINEER, outcome: 'assigned', explanation: ['水电组：负载最低'] });
    // Then he has the accept task, the ticket is dispatched with the explanation and due in 30 minutes
    expect(ticket.openTasks()).toEqual([`accept:${ENGINEER}`]);
    expect(ticket.statuses).toEqual(['accepted', 'dispatched']);
    expect(ticket.ticketFields()).toMatchObject({
      team: 'team-we',
      dispatchExplanation: ['水电组：负载最低'],
      slaDueAt: '2026-03-02T02:30:00.000Z',
      title: '厨房水管漏水，地面积水',
      engineer: ENGINEER,
      slaBreached: false,
    });
    expect(ticket.timer('slaOverdue').dueAt).toBe('2026-03-02T02:30:00.000Z');
    expect(ticket.timer('slaEscalation').dueAt).toBe('2026-03-02T03:00:00.000Z');
  });

  it.each([
    ['public_area', 'team-public'],
    ['fit_out', 'team-finish'],
    ['structural', 'team-civil'],
    ['appliance', 'team-we'],
  ])('should send %s to %s', (category, team) => {
    expect(submit({ category }).state.variables).toMatchObject({ team, skill: category });
  });

  it('should count a low urgency SLA in working time on cn-workdays (one working day)', () => {
    // Given a low-urgency ticket dispatched on Friday 2026-03-06 at 17:00
    const env = pureEnv(Date.parse('2026-03-06T17:00:00+08:00'), { 'repair-dispatch': dispatchTable });
    const ticket = new PureDriver(model, env, { initiator: OWNER, variables: { ...request, urgency: 'low' } });
    ticket.answer('findOwners', { users: [OWNER] });
    ticket.answer('assignEngineer', { assignee: ENGINEER, outcome: 'assigned', explanation: [] });
    // Then the engineer's task is the working-day one, due 7.5 working hours later (1 h on Friday, 6.5 h on Monday): Monday 17:00
    expect(ticket.openTasks()).toEqual([`acceptOnWorkdays:${ENGINEER}`]);
    expect(ticket.timer('slaOverdueOnWorkdays').dueAt).toBe('2026-03-09T09:00:00.000Z');
    // and the ticket shows the same working-day deadline (add_working_time), so SLA reports count it
    expect(ticket.ticketFields()).toMatchObject({ slaDueAt: '2026-03-09T09:00:00.000Z' });
  });

  //  [accept] ⏱ SLA → [⚙ notifySupervisor] → [overdue] → (⇑ reassign) ⇒ respond again
  it('should tell the supervisor at the SLA, the manager at twice the SLA, and let the supervisor reassign', () => {
    // Given a dispatched ticket nobody accepts
    const ticket = submit();
    ticket.answer('assignEngineer', { assignee: ENGINEER, outcome: 'assigned', explanation: [] });
    // When the SLA passes
    ticket.fire('slaOverdue');
    // Then the supervisors are notified and get the overdue task, while the engineer's task stays open
    expect(ticket.action('notifySupervisor').input).toMatchObject({ roles: ['supervisor'] });
    ticket.answer('notifySupervisor', { notified: true });
    expect(ticket.openTasks()).toEqual([`accept:${ENGINEER}`, 'overdue:[supervisor]']);
    // and the ticket is marked as having missed its SLA (what SLA reports count)
    expect(ticket.ticketFields()).toMatchObject({ slaBreached: true });
    // When twice the SLA passes, the managers are notified
    ticket.fire('slaEscalation');
    expect(ticket.action('notifyManagerOverdue').input).toMatchObject({ roles: ['manager'] });
    ticket.answer('notifyManagerOverdue', { notified: true });
    // When the supervisor reassigns to eng-we-2
    ticket.complete('overdue', 'supervisor', { overdueAction: 'reassign', reassignTo: 'eng-we-2' }, ['supervisor']);
    // Then the old task is gone and eng-we-2 has a fresh accept task, the ticket dispatched again
    expect(ticket.openTasks()).toEqual(['accept:eng-we-2']);
    expect(ticket.statuses).toEqual(['accepted', 'dispatched']);
    expect(ticket.state.variables['engineer']).toBe('eng-we-2');
    expect(ticket.ticketFields()).toMatchObject({ engineer: 'eng-we-2', slaBreached: true });
  });

  it('should close the overdue branch when the engineer accepts late', () => {
    const ticket = submit();
    ticket.answer('assignEngineer', { assignee: ENGINEER, outcome: 'assigned', explanation: [] });
    ticket.fire('slaOverdue');
    ticket.answer('notifySupervisor', { notified: true });
    // When the engineer accepts while the supervisor's task is open
    ticket.complete('accept', ENGINEER, { engineer: ENGINEER });
    // Then only the survey is left, no timer of the SLA
    expect(ticket.openTasks()).toEqual([`survey:${ENGINEER}`]);
    expect(Object.values(ticket.state.timers)).toEqual([]);
  });

  it('should offer the accept task to the team and the supervisors when nobody could be assigned', () => {
    const ticket = submit();
    ticket.answer('assignEngineer', {
      assignee: null,
      outcome: 'escalated',
      escalatedTo: 'supervisor',
      explanation: [],
    });
    expect(ticket.action('notifyUnassigned').input).toMatchObject({ roles: ['supervisor'] });
    ticket.answer('notifyUnassigned', { notified: true });
    expect(ticket.openTasks()).toEqual(['accept:[team-we,supervisor]']);
  });

  //  [survey] → <costCheck> ≤ 500 → [repair] → [confirm] → [rate] → [⚙ checkFeedback] → (closed)
  it('should go straight to repair at 500 yuan or less, and close after a good rating', () => {
    const ticket = surveyed(300);
    expect(ticket.openTasks()).toEqual([`repair:${ENGINEER}`]);
    ticket.complete('repair', ENGINEER, { workLog: '更换角阀' });
    ticket.complete('confirm', OWNER, { confirmed: 'yes' });
    ticket.complete('rate', OWNER, { rating: 5, ratingComment: '很及时' });
    expect(ticket.action('checkFeedback').input).toEqual({ dictionary: 'negative-keywords', text: '很及时' });
    ticket.answer('checkFeedback', { matches: [], matched: false });
    expect(ticket.state.status).toBe('completed');
    expect(ticket.statuses).toEqual([
      'accepted',
      'dispatched',
      'en_route',
      'in_repair',
      'pending_confirmation',
      'pending_rating',
      'closed',
    ]);
    expect(ticket.ticketFields()).toMatchObject({ estimatedCost: 300, rating: 5 });
  });

  //  <costCheck> > 500 → [⚙ findFinance] → [[financeApproval 会签]] → rejected → [survey]
  it('should need every finance user over 500 yuan, and send a rejection back to the survey', () => {
    const ticket = surveyed(800);
    expect(ticket.action('findFinance').input).toEqual({ roles: ['finance'], projectId: 'p-sunshine' });
    ticket.answer('findFinance', { users: ['finance1', 'finance2'] });
    expect(ticket.openTasks()).toEqual(['financeApproval:finance1', 'financeApproval:finance2']);
    // When finance1 rejects
    ticket.reject('financeApproval', 'finance1', '材料单价偏高');
    // Then the engineer surveys again
    expect(ticket.openTasks()).toEqual([`survey:${ENGINEER}`]);
    ticket.complete('survey', ENGINEER, { estimatedCost: 750 });
    ticket.answer('findFinance', { users: ['finance1', 'finance2'] });
    ticket.approve('financeApproval', 'finance1');
    expect(ticket.openTasks()).toEqual(['financeApproval:finance2']);
    ticket.approve('financeApproval', 'finance2');
    expect(ticket.openTasks()).toEqual([`repair:${ENGINEER}`]);
    expect(ticket.statuses).toEqual([
      'accepted',
      'dispatched',
      'en_route',
      'in_repair',
      'pending_approval',
      'en_route',
      'in_repair',
      'pending_approval',
      'in_repair',
    ]);
  });

  //  > 5000 → [[financeApproval 会签]] → [⚙ findManagers] → [[managerApproval 或签]] → [repair]
  it('should add an any-signer approval by the managers over 5000 yuan', () => {
    const ticket = surveyed(6000);
    ticket.answer('findFinance', { users: ['finance1', 'finance2'] });
    ticket.approve('financeApproval', 'finance1');
    ticket.approve('financeApproval', 'finance2');
    expect(ticket.action('findManagers').input).toEqual({ roles: ['manager'], projectId: 'p-sunshine' });
    ticket.answer('findManagers', { users: ['manager', 'manager2'] });
    expect(ticket.openTasks()).toEqual(['managerApproval:manager', 'managerApproval:manager2']);
    ticket.approve('managerApproval', 'manager2');
    expect(ticket.openTasks()).toEqual([`repair:${ENGINEER}`]);
  });

  it('should offer the approval to the whole role when the project has no finance user', () => {
    const ticket = surveyed(800);
    ticket.answer('findFinance', { users: [] });
    expect(ticket.openTasks()).toEqual(['financeApproval:[finance]']);
  });

  //  [confirm] → "not fixed" → [repair];  ⏱ 72 h → [rate];  [rate] ⏱ 7 days → (closedUnrated)
  it('should send "not fixed" back to repair, confirm by itself after 72 hours, and close unrated after 7 days', () => {
    const ticket = surveyed(100);
    ticket.complete('repair', ENGINEER, { workLog: '更换角阀' });
    ticket.complete('confirm', OWNER, { confirmed: 'no', confirmationComment: '还在滴水' });
    expect(ticket.openTasks()).toEqual([`repair:${ENGINEER}`]);
    ticket.complete('repair', ENGINEER, { workLog: '更换软管' });
    ticket.fire('confirmTimeout');
    expect(ticket.openTasks()).toEqual([`rate:${OWNER}`]);
    ticket.fire('ratingTimeout');
    expect(ticket.state.status).toBe('completed');
    expect(ticket.statuses.slice(-5)).toEqual([
      'pending_confirmation',
      'in_repair',
      'pending_confirmation',
      'pending_rating',
      'closed',
    ]);
  });

  //  [rate] ≤ 2 ★ or a negative keyword → [⚙ notifyManagerFeedback] → [followUp: supervisor]
  it.each([
    ['two stars', { rating: 2, ratingComment: '' }, { matches: [], matched: false }],
    ['a negative keyword', { rating: 4, ratingComment: '师傅太慢了' }, { matches: ['too_slow'], matched: true }],
  ])('should open a follow-up for the supervisor and notify the manager on %s', (_, rating, match) => {
    const ticket = surveyed(100);
    ticket.complete('repair', ENGINEER, { workLog: '更换角阀' });
    ticket.complete('confirm', OWNER, { confirmed: 'yes' });
    ticket.complete('rate', OWNER, rating);
    ticket.answer('checkFeedback', match);
    expect(ticket.action('notifyManagerFeedback').input).toMatchObject({ roles: ['manager'] });
    ticket.answer('notifyManagerFeedback', { notified: true });
    expect(ticket.openTasks()).toEqual(['followUp:[supervisor]']);
    expect(ticket.statuses[ticket.statuses.length - 1]).toBe('closed');
    ticket.complete('followUp', 'supervisor', { followUpOutcome: 'resolved', followUpNotes: '已电话回访' }, [
      'supervisor',
    ]);
    expect(ticket.state.status).toBe('completed');
  });

  it('should let the owner revoke the ticket (撤销) → cancelled', () => {
    const ticket = submit();
    ticket.answer('assignEngineer', { assignee: ENGINEER, outcome: 'assigned', explanation: [] });
    ticket.run({ type: 'revoke', actor: OWNER });
    expect(ticket.statuses).toEqual(['accepted', 'dispatched', 'cancelled']);
  });

  it('should refuse 撤销 once the engineer accepted (anxin:revokeCondition)', () => {
    const ticket = submit();
    ticket.answer('assignEngineer', { assignee: ENGINEER, outcome: 'assigned', explanation: [] });
    ticket.complete('accept', ENGINEER, { engineer: ENGINEER });
    expect(ticket.refused({ type: 'revoke', actor: OWNER }).code).toBe('revoke.notAllowed');
  });

  it("should ask the unit's owner to confirm and rate a ticket an agent filed, and the initiator when the unit has none", () => {
    // Given an agent files for the owner of the unit
    const env = pureEnv(MONDAY_10_AM, { 'repair-dispatch': dispatchTable });
    const filed = new PureDriver(model, env, { initiator: 'agent-1', variables: { ...request } });
    filed.answer('findOwners', { users: [OWNER] });
    filed.answer('assignEngineer', { assignee: ENGINEER, outcome: 'assigned', explanation: [] });
    filed.complete('accept', ENGINEER, { engineer: ENGINEER });
    filed.complete('survey', ENGINEER, { diagnosis: '阀门老化', estimatedCost: 100, materials: [], materialCost: 0 });
    filed.complete('repair', ENGINEER, { workLog: '更换阀门' });
    // Then the owner confirms, not the agent
    expect(filed.openTasks()).toEqual([`confirm:${OWNER}`]);
    // Given a unit without an owner account, then the agent who filed confirms
    const orphan = new PureDriver(model, pureEnv(MONDAY_10_AM, { 'repair-dispatch': dispatchTable }), {
      initiator: 'agent-1',
      variables: { ...request },
    });
    orphan.answer('findOwners', { users: [] });
    orphan.answer('assignEngineer', { assignee: ENGINEER, outcome: 'assigned', explanation: [] });
    orphan.complete('accept', ENGINEER, { engineer: ENGINEER });
    orphan.complete('survey', ENGINEER, { diagnosis: '阀门老化', estimatedCost: 100, materials: [], materialCost: 0 });
    orphan.complete('repair', ENGINEER, { workLog: '更换阀门' });
    expect(orphan.openTasks()).toEqual(['confirm:agent-1']);
  });
});
