import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '../../../common/database/tenant-database.service';
import { sqlDate } from '../../../common/database/sql-date.util';
import { UserNames } from '../access/user-names.service';
import { TaskQueries, type TaskRow } from '../tasks/task-queries.service';
import { TASK_COLUMNS } from '../tasks/task-list-sql.util';
import type { TaskObject } from '../tasks/task.object';
import type { HistoryEntryObject } from './process-instance.object';

interface HistoryRow {
  type: string;
  element_id: string | null;
  task_id: string | null;
  actor: string;
  at: Date | string;
  comment: string | null;
  data: unknown;
}

/** The parts of an instance its parent resolver already checked access to: history and tasks. */
@Injectable()
export class ProcessReads {
  constructor(
    private readonly db: TenantDatabase,
    private readonly names: UserNames,
    private readonly taskQueries: TaskQueries,
  ) {}

  async history(instanceId: string): Promise<HistoryEntryObject[]> {
    const rows = await this.db.transaction((em) =>
      em.execute<HistoryRow[]>(
        `select type, element_id, task_id, actor, at, comment, data from history_event
          where instance_id = ?::uuid order by id`,
        [instanceId],
      ),
    );
    const names = await this.names.refs(rows.map((r) => r.actor));
    return rows.map((r) => ({
      type: r.type,
      elementId: r.element_id,
      taskId: r.task_id,
      actor: names.get(r.actor) ?? { id: r.actor, displayName: r.actor },
      at: sqlDate(r.at),
      comment: r.comment,
      data: r.data,
    }));
  }

  async tasks(instanceId: string): Promise<TaskObject[]> {
    const rows = await this.db.transaction((em) =>
      em.execute<TaskRow[]>(
        `select ${TASK_COLUMNS} from user_task ut join process_instance i on i.id = ut.instance_id
           left join ticket t on t.instance_id = ut.instance_id
          where ut.instance_id = ?::uuid order by ut.created_at, ut.id`,
        [instanceId],
      ),
    );
    return this.taskQueries.objects(rows);
  }
}
