import { Module } from '@nestjs/common';
import { EngineRuntimeModule } from '../../engine-runtime/engine-runtime.module';
import { FileReferences } from './access/file-references.service';
import { InstanceAccess } from './access/instance-access.service';
import { UserNames } from './access/user-names.service';
import { FormDataSources } from './forms/form-data-sources.service';
import { FormLoader } from './forms/form-loader.service';
import { FormSubmissions } from './forms/form-submission.service';
import { FormValidation } from './forms/form-validation.service';
import { SubmitFormResolver } from './forms/submit-form.resolver';
import { WorkSubscriptionsResolver } from './live/work-subscriptions.resolver';
import { ProcessReads } from './processes/process-reads.service';
import { ProcessResolver } from './processes/process.resolver';
import { ProcessService } from './processes/process.service';
import { TaskCommandsResolver } from './tasks/task-commands.resolver';
import { TaskCommands } from './tasks/task-commands.service';
import { TaskQueries } from './tasks/task-queries.service';
import { TaskResolver } from './tasks/task.resolver';
import { StatusLabels } from './tickets/status-labels.service';
import { TicketQueries } from './tickets/ticket-queries.service';
import { TicketResolver } from './tickets/ticket.resolver';

/** The work itself over GraphQL: forms submitted, processes started and read, task operations, tickets. */
@Module({
  imports: [EngineRuntimeModule],
  providers: [
    InstanceAccess,
    FileReferences,
    UserNames,
    FormLoader,
    FormDataSources,
    FormValidation,
    FormSubmissions,
    SubmitFormResolver,
    ProcessService,
    ProcessReads,
    ProcessResolver,
    TaskQueries,
    TaskCommands,
    TaskResolver,
    TaskCommandsResolver,
    StatusLabels,
    TicketQueries,
    TicketResolver,
    WorkSubscriptionsResolver,
  ],
  exports: [InstanceAccess, FileReferences, FormLoader, TicketQueries],
})
export class WorkflowModule {}
