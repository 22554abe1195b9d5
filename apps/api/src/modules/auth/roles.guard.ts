import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { UserRole } from '@anxin/persistence';
import { ROLES_KEY } from '../../common/auth/roles.decorator';
import { ActorContext } from '../../common/context/actor-context.service';
import { AppError } from '../../common/errors/app-error';

/** Global guard after authentication: `@Roles(...)` needs the actor to hold one of the roles (else FORBIDDEN). */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly context: ActorContext,
  ) {}

  canActivate(execution: ExecutionContext): boolean {
    const required = this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES_KEY, [
      execution.getHandler(),
      execution.getClass(),
    ]);
    if (!required || required.length === 0) return true;
    const actor = this.context.require();
    if (!required.some((role) => actor.roles.includes(role))) throw AppError.roleRequired(required);
    return true;
  }
}
