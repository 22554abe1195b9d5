import { gql, type TypedDocumentNode } from '@apollo/client';

// The approval operations of docs/api.md#tasks-and-approval-operations, each with its requestId (idempotency).

export interface CommandResult {
  processInstanceId: string;
  processStatus: string;
  revision: number;
  createdTaskIds: string[];
  replayed: boolean;
}

type Command<V> = TypedDocumentNode<Record<string, CommandResult>, V & { id: string; requestId: string }>;

const RESULT = 'processInstanceId processStatus revision createdTaskIds replayed';

export const CLAIM: Command<object> = gql`
  mutation ClaimTask($id: ID!, $requestId: String) { claimTask(id: $id, requestId: $requestId) { ${RESULT} } }
`;
export const COMPLETE: Command<{ data: unknown; comment?: string }> = gql`
  mutation CompleteTask($id: ID!, $data: JSON, $comment: String, $requestId: String) {
    completeTask(id: $id, data: $data, comment: $comment, requestId: $requestId) { ${RESULT} }
  }
`;
export const RESOLVE: Command<{ data: unknown }> = gql`
  mutation ResolveTask($id: ID!, $data: JSON, $requestId: String) {
    resolveTask(id: $id, data: $data, requestId: $requestId) { ${RESULT} }
  }
`;
export const APPROVE: Command<{ data: unknown; comment?: string }> = gql`
  mutation ApproveTask($id: ID!, $data: JSON, $comment: String, $requestId: String) {
    approveTask(id: $id, data: $data, comment: $comment, requestId: $requestId) { ${RESULT} }
  }
`;
export const REJECT: Command<{ comment: string }> = gql`
  mutation RejectTask($id: ID!, $comment: String, $requestId: String) {
    rejectTask(id: $id, comment: $comment, requestId: $requestId) { ${RESULT} }
  }
`;
export const TRANSFER: Command<{ toUserId: string; comment?: string }> = gql`
  mutation TransferTask($id: ID!, $toUserId: ID!, $comment: String, $requestId: String) {
    transferTask(id: $id, toUserId: $toUserId, comment: $comment, requestId: $requestId) { ${RESULT} }
  }
`;
export const DELEGATE: Command<{ toUserId: string }> = gql`
  mutation DelegateTask($id: ID!, $toUserId: ID!, $requestId: String) {
    delegateTask(id: $id, toUserId: $toUserId, requestId: $requestId) { ${RESULT} }
  }
`;
export const ADD_SIGNERS: Command<{ userIds: string[]; position: 'BEFORE' | 'AFTER' | 'PARALLEL' }> = gql`
  mutation AddSigners($id: ID!, $userIds: [ID!]!, $position: SignerPosition!, $requestId: String) {
    addSigners(id: $id, userIds: $userIds, position: $position, requestId: $requestId) { ${RESULT} }
  }
`;
export const REMOVE_SIGNER: Command<{ userId: string }> = gql`
  mutation RemoveSigner($id: ID!, $userId: ID!, $requestId: String) {
    removeSigner(id: $id, userId: $userId, requestId: $requestId) { ${RESULT} }
  }
`;
export const RETURN: Command<{ targetElementId: string; comment?: string }> = gql`
  mutation ReturnTask($id: ID!, $targetElementId: String!, $comment: String, $requestId: String) {
    returnTask(id: $id, targetElementId: $targetElementId, comment: $comment, requestId: $requestId) { ${RESULT} }
  }
`;
export const WITHDRAW: Command<object> = gql`
  mutation WithdrawTask($id: ID!, $requestId: String) { withdrawTask(id: $id, requestId: $requestId) { ${RESULT} } }
`;
export const CC: Command<{ userIds: string[]; comment?: string }> = gql`
  mutation CcTask($id: ID!, $userIds: [ID!]!, $comment: String, $requestId: String) {
    ccTask(id: $id, userIds: $userIds, comment: $comment, requestId: $requestId) { ${RESULT} }
  }
`;
export const URGE: Command<{ message?: string }> = gql`
  mutation UrgeTask($id: ID!, $message: String, $requestId: String) {
    urgeTask(id: $id, message: $message, requestId: $requestId) { ${RESULT} }
  }
`;
