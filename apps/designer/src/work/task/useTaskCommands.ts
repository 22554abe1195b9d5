import type { TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { ApiError } from '../../api/api-error';
import type { AnxinContext } from '../../api/create-apollo-client';
import { toApiError } from '../../api/to-api-error';
import type { ActionInput } from './action-input.type';
import type { TaskAction } from './available-actions';
import * as commands from './task-commands.operations';
import { newRequestId } from './new-request-id';

type Document = TypedDocumentNode<Record<string, commands.CommandResult>, Record<string, unknown>>;

/** The mutation and its variables for one action (the task id and the request id are added by `run`). */
function commandOf(action: TaskAction, input: ActionInput): { document: Document; variables: Record<string, unknown> } {
  const optional = (key: string, value: unknown) => (value === undefined || value === '' ? {} : { [key]: value });
  const comment = optional('comment', input.comment);
  const table: Record<TaskAction, [unknown, Record<string, unknown>]> = {
    claim: [commands.CLAIM, {}],
    complete: [commands.COMPLETE, { data: input.data ?? {}, ...comment }],
    approve: [commands.APPROVE, { data: input.data ?? {}, ...comment }],
    reject: [commands.REJECT, { comment: input.comment ?? '' }],
    resolve: [commands.RESOLVE, { data: input.data ?? {} }],
    transfer: [commands.TRANSFER, { toUserId: input.userId, ...comment }],
    delegate: [commands.DELEGATE, { toUserId: input.userId }],
    addSigners: [commands.ADD_SIGNERS, { userIds: input.userIds ?? [], position: input.position ?? 'AFTER' }],
    removeSigner: [commands.REMOVE_SIGNER, { userId: input.userId }],
    return: [commands.RETURN, { targetElementId: input.targetElementId, ...comment }],
    withdraw: [commands.WITHDRAW, {}],
    cc: [commands.CC, { userIds: input.userIds ?? [], ...comment }],
    urge: [commands.URGE, optional('message', input.message)],
  };
  const [document, variables] = table[action];
  return { document: document as Document, variables };
}

export type CommandOutcome = { ok: true; result: commands.CommandResult } | { ok: false; error: ApiError };

/**
 * Runs the approval operations of a task, each click with a fresh `requestId` (a retried request is answered
 * with the first result, `replayed: true`). The inbox and the task are re-read afterwards.
 */
export function useTaskCommands(taskId: string) {
  const client = useApolloClient();
  const [busy, setBusy] = useState<TaskAction | null>(null);

  const run = useCallback(
    async (action: TaskAction, input: ActionInput = {}): Promise<CommandOutcome> => {
      const { document, variables } = commandOf(action, input);
      setBusy(action);
      try {
        const context: AnxinContext = { quiet: false };
        const { data } = await client.mutate({
          mutation: document,
          variables: { ...variables, id: taskId, requestId: newRequestId() },
          context,
          refetchQueries: ['Task', 'InboxTasks', 'TaskHistory'],
        });
        const result = data ? Object.values(data)[0] : undefined;
        if (!result) return { ok: false, error: new ApiError('empty answer', 'INTERNAL') };
        return { ok: true, result };
      } catch (error) {
        return { ok: false, error: toApiError(error) };
      } finally {
        setBusy(null);
      }
    },
    [client, taskId],
  );

  return { run, busy };
}
