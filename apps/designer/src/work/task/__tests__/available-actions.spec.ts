import { availableActions, type ActionFacts } from '../available-actions';

const ME = { id: 'me', displayName: '我' };
const OTHER = { id: 'other', displayName: '别人' };

function facts(task: Partial<ActionFacts['task']>, more: Partial<Omit<ActionFacts, 'task'>> = {}): ActionFacts {
  return {
    task: { status: 'open', assignee: ME, owner: null, ...task },
    meId: 'me',
    approval: false,
    canReturn: false,
    canRemoveSigner: false,
    ...more,
  };
}

describe('availableActions: which buttons for which task state', () => {
  it('given an open task of mine, then 提交 first, and 转办 委派 抄送 behind 更多 (退回 only with an earlier step)', () => {
    expect(availableActions(facts({}))).toEqual({ primary: ['complete'], more: ['transfer', 'delegate', 'cc'] });
    expect(availableActions(facts({}, { canReturn: true })).more).toEqual(['transfer', 'delegate', 'return', 'cc']);
  });

  it('given an approval of mine, then 同意 and 驳回, with 加签 and — while another signer has not signed — 减签', () => {
    const actions = availableActions(facts({}, { approval: true, canRemoveSigner: true, canReturn: true }));
    expect(actions.primary).toEqual(['approve', 'reject']);
    expect(actions.more).toEqual(['transfer', 'delegate', 'addSigners', 'removeSigner', 'return', 'cc']);
    expect(availableActions(facts({}, { approval: true })).more).not.toContain('removeSigner');
  });

  it('given an unassigned open task (a pool or my group), then only 认领', () => {
    expect(availableActions(facts({ assignee: null }))).toEqual({ primary: ['claim'], more: [] });
  });

  it("given somebody else's open task, then 催办 and 抄送, never 同意 or 提交", () => {
    expect(availableActions(facts({ assignee: OTHER }, { approval: true }))).toEqual({
      primary: ['urge'],
      more: ['cc'],
    });
  });

  it('given a task delegated to me, then 办完交回; given my task delegated to another, then 催办', () => {
    expect(availableActions(facts({ status: 'delegated', assignee: ME, owner: OTHER })).primary).toEqual(['resolve']);
    expect(availableActions(facts({ status: 'delegated', assignee: OTHER, owner: ME })).primary).toEqual(['urge']);
  });

  it('given a task I completed, then 撤回; given a cancelled one or one completed by another, then nothing', () => {
    expect(availableActions(facts({ status: 'completed' }))).toEqual({ primary: ['withdraw'], more: [] });
    expect(availableActions(facts({ status: 'completed', assignee: OTHER }))).toEqual({ primary: [], more: [] });
    expect(availableActions(facts({ status: 'cancelled' }))).toEqual({ primary: [], more: [] });
  });
});
