import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '../../../common/database/tenant-database.service';
import { isUuid } from '../../../common/validation/uuid.util';

/** A user as records show him: id and display name (`system` and unknown ids show as themselves). */
export interface UserRef {
  readonly id: string;
  readonly displayName: string;
}

const SYSTEM_NAME = '系统';

/** Display names of the users records name (engine actors are user ids, or `system`), in one query per batch. */
@Injectable()
export class UserNames {
  constructor(private readonly db: TenantDatabase) {}

  async refs(ids: readonly (string | null | undefined)[]): Promise<Map<string, UserRef>> {
    const wanted = [...new Set(ids.filter((id): id is string => typeof id === 'string' && id !== ''))];
    const refs = new Map<string, UserRef>();
    const uuids = wanted.filter(isUuid);
    if (uuids.length > 0) {
      const rows = await this.db.transaction((em) =>
        em.execute<{ id: string; display_name: string }[]>(
          `select id, display_name from app_user where id = any(array(select jsonb_array_elements_text(?::jsonb)::uuid))`,
          [JSON.stringify(uuids)],
        ),
      );
      for (const row of rows) refs.set(row.id, { id: row.id, displayName: row.display_name });
    }
    for (const id of wanted) {
      if (!refs.has(id)) refs.set(id, { id, displayName: id === 'system' ? SYSTEM_NAME : id });
    }
    return refs;
  }

  async ref(id: string | null | undefined): Promise<UserRef | null> {
    if (!id) return null;
    return (await this.refs([id])).get(id) ?? null;
  }
}
