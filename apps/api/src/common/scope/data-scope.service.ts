import { Injectable } from '@nestjs/common';
import { STAFF_ROLES } from '@anxin/persistence';
import type { Actor } from '../context/actor.type';
import { ActorContext } from '../context/actor-context.service';
import { AppError } from '../errors/app-error';

/** A SQL condition with its `?` parameters, to splice into a raw query. */
export interface SqlCondition {
  readonly sql: string;
  readonly params: readonly unknown[];
}

/** `column = any(<uuid list>)`; the list travels as one JSON parameter (knex would spread a JS array). */
export function uuidIn(column: string, ids: readonly string[]): SqlCondition {
  return {
    sql: `${column} = any(array(select jsonb_array_elements_text(?::jsonb)::uuid))`,
    params: [JSON.stringify(ids)],
  };
}

/**
 * What the current actor may see inside his tenant, for services to apply in their queries (tenant isolation itself
 * is also enforced by PostgreSQL, see `TenantDatabase`):
 * - `admin`: every project of the tenant;
 * - other staff: the projects they are scoped to (`user_project`);
 * - `owner`: only his own units (and, for pickers, the projects they are in).
 * Something outside the scope is answered as absent (NOT_FOUND), so scope never reveals what exists.
 */
@Injectable()
export class DataScope {
  constructor(private readonly actors: ActorContext) {}

  get actor(): Actor {
    return this.actors.require();
  }

  /** Admins see the whole tenant. */
  isTenantWide(): boolean {
    return this.actor.roles.includes('admin');
  }

  /** Has at least one staff role (an owner who is also staff is scoped as staff). */
  isStaff(): boolean {
    return this.actor.roles.some((role) => STAFF_ROLES.includes(role));
  }

  /** MikroORM condition on a project id property: `{}` for admins, else `$in` the actor's projects. */
  projectFilter<P extends string = 'projectId'>(property?: P): Partial<Record<P, { $in: string[] }>> {
    if (this.isTenantWide()) return {};
    return { [property ?? 'projectId']: { $in: [...this.actor.projectIds] } } as Partial<Record<P, { $in: string[] }>>;
  }

  /** The same as SQL on `column` (`true` for admins). */
  projectCondition(column: string): SqlCondition {
    return this.isTenantWide() ? { sql: 'true', params: [] } : uuidIn(column, this.actor.projectIds);
  }

  canSeeProject(projectId: string): boolean {
    return this.isTenantWide() || this.actor.projectIds.includes(projectId);
  }

  /** Staff see the units of their projects; an owner only his own units. */
  canSeeUnit(unit: { readonly id: string; readonly projectId: string }): boolean {
    if (this.isStaff()) return this.canSeeProject(unit.projectId);
    return this.actor.unitIds.includes(unit.id);
  }

  assertProjectVisible(projectId: string): void {
    if (!this.canSeeProject(projectId)) throw AppError.notVisible('project', projectId);
  }

  assertUnitVisible(unit: { readonly id: string; readonly projectId: string }): void {
    if (!this.canSeeUnit(unit)) throw AppError.notVisible('unit', unit.id);
  }
}
