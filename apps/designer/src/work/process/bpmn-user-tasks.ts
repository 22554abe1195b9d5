import { parseProcess, type FlowNode } from '@anxin/process-engine';

/** A user task of a process as the work pages need it: its name and whether it is an approval. */
export interface UserTaskInfo {
  id: string;
  name: string;
  approval: boolean;
}

/**
 * The user tasks of a BPMN document, by id, read by the engine's own parser: an approval is a user task with
 * an approval spec (会签 / 或签 / 依次 / 票签). A document the engine cannot read gives an empty map: the page then
 * offers the plain 提交.
 */
export async function bpmnUserTasks(xml: string): Promise<Map<string, UserTaskInfo>> {
  const { model } = await parseProcess(xml);
  const tasks = new Map<string, UserTaskInfo>();
  for (const node of Object.values<FlowNode>(model?.elements ?? {})) {
    if (node.type !== 'userTask') continue;
    tasks.set(node.id, { id: node.id, name: node.name ?? node.id, approval: node.approval !== undefined });
  }
  return tasks;
}
