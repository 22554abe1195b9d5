import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '../../common/database/tenant-database.service';
import { AppError } from '../../common/errors/app-error';
import { DataScope, type SqlCondition, uuidIn } from '../../common/scope/data-scope.service';
import { assertUuid } from '../../common/validation/uuid.util';
import type { BuildingObject } from './dtos/building.object';
import type { UnitObject } from './dtos/unit.object';

interface BuildingRow {
  id: string;
  project_id: string;
  code: string;
  name: string;
}

interface UnitRow {
  id: string;
  project_id: string;
  building_id: string;
  code: string;
  floor: number | null;
}

/**
 * Buildings and units for the location pickers, in the caller's scope: staff those of their projects (admins the
 * whole tenant), an owner only the buildings holding his units and those units. A project or building outside
 * that scope is NOT_FOUND, like one that does not exist (RLS keeps other tenants out besides).
 */
@Injectable()
export class OrgPlaces {
  constructor(
    private readonly db: TenantDatabase,
    private readonly scope: DataScope,
  ) {}

  async buildings(projectId: string): Promise<BuildingObject[]> {
    assertUuid('projectId', projectId);
    this.scope.assertProjectVisible(projectId);
    const held = this.holdingOwnUnits();
    const rows = await this.db.transaction(async (em) => {
      // Admins pass the scope check for any id: another tenant's project must still not exist for them.
      const [project] = await em.execute<{ id: string }[]>(
        `select id from project where tenant_id = ? and id = ?::uuid`,
        [this.scope.actor.tenantId, projectId],
      );
      if (!project) throw AppError.notVisible('project', projectId);
      return em.execute<BuildingRow[]>(
        `select b.id, b.project_id, b.code, b.name from building b
          where b.tenant_id = ? and b.project_id = ?::uuid and ${held.sql}
          order by b.code, b.id`,
        [this.scope.actor.tenantId, projectId, ...held.params],
      );
    });
    return rows.map((r) => ({ id: r.id, projectId: r.project_id, code: r.code, name: r.name }));
  }

  async units(buildingId: string): Promise<UnitObject[]> {
    assertUuid('buildingId', buildingId);
    const own = this.ownedUnits('u.id');
    return this.db.transaction(async (em) => {
      const [building] = await em.execute<{ project_id: string }[]>(
        `select project_id from building where tenant_id = ? and id = ?::uuid`,
        [this.scope.actor.tenantId, buildingId],
      );
      if (!building || !this.scope.canSeeProject(building.project_id))
        throw AppError.notVisible('building', buildingId);
      const rows = await em.execute<UnitRow[]>(
        `select u.id, u.project_id, u.building_id, u.code, u.floor from unit u
          where u.tenant_id = ? and u.building_id = ?::uuid and ${own.sql}
          order by u.floor nulls last, u.code, u.id`,
        [this.scope.actor.tenantId, buildingId, ...own.params],
      );
      // An owner with no unit in the building does not learn that it exists.
      if (rows.length === 0 && !this.scope.isStaff()) throw AppError.notVisible('building', buildingId);
      return rows.map((r) => ({
        id: r.id,
        projectId: r.project_id,
        buildingId: r.building_id,
        code: r.code,
        floor: r.floor,
      }));
    });
  }

  /** Staff: every building of the project; an owner: those holding one of his units. */
  private holdingOwnUnits(): SqlCondition {
    if (this.scope.isStaff()) return { sql: 'true', params: [] };
    const own = uuidIn('un.id', this.scope.actor.unitIds);
    return { sql: `exists (select 1 from unit un where un.building_id = b.id and ${own.sql})`, params: own.params };
  }

  /** Staff: every unit (the project check already ran); an owner: his own units only. */
  private ownedUnits(column: string): SqlCondition {
    return this.scope.isStaff() ? { sql: 'true', params: [] } : uuidIn(column, this.scope.actor.unitIds);
  }
}
