import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { bpmnUserTasks, type UserTaskInfo } from '../process/bpmn-user-tasks';
import { PROCESS_DIAGRAM } from '../process/process.operations';
import { deriveTaskFacts, type TaskFacts } from './derive-task-facts';
import { TASK_HISTORY, type TaskSummary } from './task.operations';

/** The instance around a task (its BPMN and history), reduced to what the action bar needs. */
export function useTaskFacts(
  task: TaskSummary | undefined,
  meId: string | undefined,
): TaskFacts & { loading: boolean } {
  const id = task?.processInstanceId ?? '';
  const history = useQuery(TASK_HISTORY, { variables: { id }, skip: !task });
  const diagram = useQuery(PROCESS_DIAGRAM, { variables: { id }, skip: !task });
  const xml = diagram.data?.processDiagram.xml;
  const [userTasks, setUserTasks] = useState<ReadonlyMap<string, UserTaskInfo> | undefined>();
  useEffect(() => {
    let current = true;
    if (xml) void bpmnUserTasks(xml).then((tasks) => current && setUserTasks(tasks));
    return () => {
      current = false;
    };
  }, [xml]);
  const instance = history.data?.processInstance;
  const facts = useMemo(
    () =>
      task && meId
        ? deriveTaskFacts({
            task,
            meId,
            userTasks: userTasks ?? new Map(),
            history: instance?.history ?? [],
            instanceTasks: instance?.tasks ?? [],
          })
        : { approval: false, returnTargets: [], signers: [] },
    [task, meId, userTasks, instance],
  );
  // Only the first load: a refetch after a command keeps the page (and what the user typed) in place.
  const parsing = xml !== undefined && userTasks === undefined;
  return { ...facts, loading: (history.loading && !history.data) || (diagram.loading && !diagram.data) || parsing };
}
