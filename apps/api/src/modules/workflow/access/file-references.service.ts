import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '../../../common/database/tenant-database.service';
import { InstanceAccess } from './instance-access.service';

/**
 * Whether a file belongs to work the caller sees: its id is a value in the variables of a process instance (a
 * ticket's photos, a completion's signature) that he may see. Used by the file access rule for owners, whose
 * visible instances are few (theirs and their units'); `jsonpath` finds the id at any depth.
 */
@Injectable()
export class FileReferences {
  constructor(
    private readonly db: TenantDatabase,
    private readonly access: InstanceAccess,
  ) {}

  async referencedByVisibleInstance(fileId: string): Promise<boolean> {
    const visible = this.access.visibleCondition();
    const [row] = await this.db.transaction((em) =>
      em.execute<{ found: boolean }[]>(
        `select exists (
           select 1 from process_instance i left join ticket t on t.instance_id = i.id
            where ${visible.sql}
              and jsonb_path_exists(i.state -> 'variables', ?::jsonpath, jsonb_build_object('id', ?::text))
         ) as found`,
        // The path goes as a parameter: a literal `?` in the SQL would be taken for a placeholder.
        [...visible.params, '$.** ? (@ == $id)', fileId],
      ),
    );
    return row?.found === true;
  }
}
