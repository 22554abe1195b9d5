import { CommandRequest } from './command-request.entity';
import { Definition } from './definition.entity';
import { HistoryEvent } from './history-event.entity';
import { Incident } from './incident.entity';
import { Installation } from './installation.entity';
import { OutboxMessage } from './outbox-message.entity';
import { ProcessInstance } from './process-instance.entity';
import { UserTask } from './user-task.entity';
import { WorkerHeartbeat } from './worker-heartbeat.entity';

export {
  CommandRequest,
  Definition,
  HistoryEvent,
  Incident,
  Installation,
  OutboxMessage,
  ProcessInstance,
  UserTask,
  WorkerHeartbeat,
};
export type { DefinitionKind, DefinitionStatus } from './definition.entity';
export type { InstanceRowStatus } from './process-instance.entity';
export type { UserTaskStatus } from './user-task.entity';
export type { OutboxStatus } from './outbox-message.entity';
export type { IncidentStatus } from './incident.entity';

/** Every entity the ORM knows; new entities are added here and get a generated migration. */
export const allEntities = [
  Installation,
  Definition,
  ProcessInstance,
  UserTask,
  HistoryEvent,
  OutboxMessage,
  Incident,
  CommandRequest,
  WorkerHeartbeat,
];
