const BPMN_NS = 'http://www.omg.org/spec/BPMN/20100524/MODEL';

/** A user task of a process as the work pages need it: its name and whether it is an approval. */
export interface UserTaskInfo {
  id: string;
  name: string;
  approval: boolean;
}

/**
 * The user tasks of a BPMN document, by id. An approval is a user task with an `<anxin:approval>` extension
 * (definitions/bpmn.md). Unreadable XML gives an empty map: the page then offers the plain 提交.
 */
export function bpmnUserTasks(xml: string): Map<string, UserTaskInfo> {
  const tasks = new Map<string, UserTaskInfo>();
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  if (document.getElementsByTagName('parsererror').length > 0) return tasks;
  for (const element of Array.from(document.getElementsByTagNameNS(BPMN_NS, 'userTask'))) {
    const id = element.getAttribute('id');
    if (!id) continue;
    const approval = Array.from(element.getElementsByTagName('*')).some((child) => child.localName === 'approval');
    tasks.set(id, { id, name: element.getAttribute('name') ?? id, approval });
  }
  return tasks;
}
