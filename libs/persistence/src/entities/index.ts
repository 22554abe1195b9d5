import { AssignmentStateRow } from './assignment-state.entity';
import { AuditLog } from './audit-log.entity';
import { Building } from './building.entity';
import { CommandRequest } from './command-request.entity';
import { Company } from './company.entity';
import { Definition } from './definition.entity';
import { HistoryEvent } from './history-event.entity';
import { Incident } from './incident.entity';
import { Installation } from './installation.entity';
import { Notification } from './notification.entity';
import { OutboxMessage } from './outbox-message.entity';
import { OwnerUnit } from './owner-unit.entity';
import { ProcessInstance } from './process-instance.entity';
import { Project } from './project.entity';
import { RefreshToken } from './refresh-token.entity';
import { ReportCalendarDay } from './report-calendar-day.entity';
import { ReportRollupRow } from './report-rollup.entity';
import { ReportRollupState } from './report-rollup-state.entity';
import { ReportScheduleRun } from './report-schedule-run.entity';
import { Submission } from './submission.entity';
import { StoredFile } from './stored-file.entity';
import { Team } from './team.entity';
import { TeamMember } from './team-member.entity';
import { Ticket } from './ticket.entity';
import { TicketTimelineEntry } from './ticket-timeline-entry.entity';
import { Unit } from './unit.entity';
import { User } from './user.entity';
import { UserProject } from './user-project.entity';
import { UserTask } from './user-task.entity';
import { WorkerHeartbeat } from './worker-heartbeat.entity';

export {
  AssignmentStateRow,
  AuditLog,
  Building,
  CommandRequest,
  Company,
  Definition,
  HistoryEvent,
  Incident,
  Installation,
  Notification,
  OutboxMessage,
  OwnerUnit,
  ProcessInstance,
  Project,
  RefreshToken,
  ReportCalendarDay,
  ReportRollupRow,
  ReportRollupState,
  ReportScheduleRun,
  Submission,
  StoredFile,
  Team,
  TeamMember,
  Ticket,
  TicketTimelineEntry,
  Unit,
  User,
  UserProject,
  UserTask,
  WorkerHeartbeat,
};
export { DEFINITION_KINDS, type DefinitionKind, type DefinitionStatus } from './definition.entity';
export type { InstanceRowStatus } from './process-instance.entity';
export type { UserTaskStatus } from './user-task.entity';
export type { OutboxStatus } from './outbox-message.entity';
export type { IncidentStatus } from './incident.entity';
export type { NotificationKind } from './notification.entity';
export { STAFF_ROLES, USER_ROLES, isUserRole, type UserRole } from './user-role';

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
  Company,
  Project,
  Building,
  Unit,
  User,
  UserProject,
  OwnerUnit,
  Team,
  TeamMember,
  RefreshToken,
  AuditLog,
  Ticket,
  TicketTimelineEntry,
  Submission,
  AssignmentStateRow,
  Notification,
  StoredFile,
  ReportRollupRow,
  ReportRollupState,
  ReportCalendarDay,
  ReportScheduleRun,
];
