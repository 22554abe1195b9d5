import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repairTicket } from '../../../bench/repair-tickets';
import { runAnxinInstance } from '../../../bench/run-anxin-instance';
import { loadBpmnEngineSource, runBpmnEngineInstance } from '../../../bench/run-bpmn-engine-instance';
import { fakeEnv } from '../../../test/support/engine-harness';
import { parseProcess } from '../../index';

/*
 * The process of the engine-core benchmark (npm run bench:engine-core), test/fixtures/repair-like.bpmn:
 *
 *  (reported) → [accept] → [dispatch] → [survey] → [repair] → <costCheck> ─ estimatedCost > 500 → [[financeApproval]] ─┐
 *                                                                  └─ default ─────────────────────────────→ <costMerge> ┘
 *  <costMerge> → [ownerConfirm] → [review] → (closed)
 *
 * financeApproval: parallel multi-instance 会签 over financeApprovers. Ticket 0 costs 820 元, ticket 1 costs 260 元.
 */
const WITHOUT_FINANCE = ['accept', 'dispatch', 'survey', 'repair', 'ownerConfirm', 'review'];
const WITH_FINANCE = [
  'accept',
  'dispatch',
  'survey',
  'repair',
  'financeApproval',
  'financeApproval',
  'financeApproval',
  'ownerConfirm',
  'review',
];

async function anxinModel() {
  const { model, problems } = await parseProcess(
    readFileSync(join(__dirname, '../../../test/fixtures/repair-like.bpmn'), 'utf8'),
  );
  expect(problems).toEqual([]);
  if (!model) throw new Error('the fixture did not parse');
  return model;
}

describe('repair-like process (the engine-core benchmark fixture)', () => {
  it('should take a ticket over 500 元 through the 3-way finance approval to completion', async () => {
    // given
    const model = await anxinModel();

    // when
    const { state, worked } = runAnxinInstance(model, repairTicket(0), fakeEnv());

    // then
    expect(worked).toEqual(WITH_FINANCE);
    expect(state.trail.map((step) => `${step.elementId}:${step.actor ?? ''}`)).toEqual([
      'accept:service-desk',
      'dispatch:dispatcher',
      'survey:technician',
      'repair:technician',
      'financeApproval:finance-li',
      'financeApproval:finance-wang',
      'financeApproval:finance-zhao',
      'ownerConfirm:owner-0',
      'review:service-desk',
    ]);
    expect(state.variables['financeApprovalOutcome']).toBe('approved');
    expect(state.status).toBe('completed');
  });

  it('should take a ticket of 500 元 or less past the finance approval to completion', async () => {
    // given
    const model = await anxinModel();

    // when
    const { state, worked } = runAnxinInstance(model, repairTicket(1), fakeEnv());

    // then
    expect(worked).toEqual(WITHOUT_FINANCE);
    expect(state.variables['financeApprovalOutcome']).toBeUndefined();
    expect(state.status).toBe('completed');
  });

  it('should make bpmn-engine work the same tasks in the same order on its variant of the fixture', async () => {
    // given
    const xml = readFileSync(join(__dirname, '../../../bench/repair-like.bpmn-engine.bpmn'), 'utf8');
    const source = await loadBpmnEngineSource(xml);

    // when
    const over = await runBpmnEngineInstance(source, repairTicket(0));
    const under = await runBpmnEngineInstance(source, repairTicket(1));

    // then (runBpmnEngineInstance throws unless the engine ended)
    expect(over).toEqual(WITH_FINANCE);
    expect(under).toEqual(WITHOUT_FINANCE);
  });
});
