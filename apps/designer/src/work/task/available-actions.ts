import type { TaskSummary } from './task.operations';

/** The task operations of docs/api.md, one per button or dialog. */
export type TaskAction =
  | 'claim'
  | 'complete'
  | 'approve'
  | 'reject'
  | 'resolve'
  | 'transfer'
  | 'delegate'
  | 'addSigners'
  | 'removeSigner'
  | 'return'
  | 'withdraw'
  | 'cc'
  | 'urge';

export interface ActionFacts {
  task: Pick<TaskSummary, 'status' | 'assignee' | 'owner'>;
  meId: string;
  /** The BPMN user task carries `<anxin:approval>` (会签 / 或签 / 依次 / 票签): 同意 / 驳回 instead of 提交. */
  approval: boolean;
  /** Earlier user tasks of the instance the work could go back to (退回). */
  canReturn: boolean;
  /** Other signers of the same approval who have not signed yet (减签). */
  canRemoveSigner: boolean;
}

export interface ActionSet {
  /** Full-width buttons at the bottom of the phone screen. */
  primary: TaskAction[];
  /** Behind 更多. */
  more: TaskAction[];
}

const NONE: ActionSet = { primary: [], more: [] };

/**
 * Which buttons the task page offers the caller. It mirrors the engine's rules (the assignee works a task, a
 * candidate claims it, the delegate resolves it, the one who completed a step withdraws it) so that nobody is shown
 * a button that can only fail; the engine still decides and refuses with a coded error.
 */
export function availableActions(facts: ActionFacts): ActionSet {
  const { task, meId } = facts;
  const mine = task.assignee?.id === meId;
  switch (task.status) {
    case 'completed':
      return mine ? { primary: ['withdraw'], more: [] } : NONE;
    case 'cancelled':
      return NONE;
    case 'delegated':
      if (mine) return { primary: ['resolve'], more: ['cc'] };
      return task.owner?.id === meId ? { primary: ['urge'], more: ['cc'] } : { primary: [], more: ['urge'] };
    case 'open':
      if (task.assignee === null) return { primary: ['claim'], more: [] };
      if (!mine) return { primary: ['urge'], more: ['cc'] };
      return {
        primary: facts.approval ? ['approve', 'reject'] : ['complete'],
        more: [
          'transfer',
          'delegate',
          ...(facts.approval ? (['addSigners'] as const) : []),
          ...(facts.approval && facts.canRemoveSigner ? (['removeSigner'] as const) : []),
          ...(facts.canReturn ? (['return'] as const) : []),
          'cc',
        ],
      };
  }
}
