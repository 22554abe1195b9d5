import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { catchError, finalize, from, mergeMap, type Observable, throwError } from 'rxjs';
import { AUDIT_TARGET, type AuditTargetOf } from '../../common/audit/audit-target.decorator';
import { classifyError } from '../../common/errors/error-mapping';
import { AuditTrail } from './audit-trail.service';

/** The default target: `args.id`, else `args.input.id`, else the result's `id`. */
const defaultTarget: AuditTargetOf = (args, result) => {
  const input = args['input'] as { id?: unknown } | undefined;
  const candidates = [args['id'], input?.id, (result as { id?: unknown } | null | undefined)?.id];
  const found = candidates.find((value) => typeof value === 'string' || typeof value === 'number');
  return found === undefined ? undefined : String(found);
};

/**
 * Global interceptor: every GraphQL mutation that reaches its resolver leaves one audit row, after it succeeded
 * (`ok`) or failed (the error code), before the response is sent. Calls refused earlier by a guard (no token, rate
 * limit) are not audited: they changed nothing, and logging them would let anyone fill the table.
 *
 * Where the target is known from the arguments, the `ok` row is opened first ({@link AuditTrail.open}): a mutation
 * whose change is one engine step (the task commands) writes it in that step's statement, so it commits with the
 * change, and it is not written again here. A step that committed the row and a resolver that failed after it
 * leave that `ok` row only: the change it records did commit.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly trail: AuditTrail,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (info.parentType.name !== 'Mutation') return next.handle();
    const args = gql.getArgs<Record<string, unknown>>();
    const custom = this.reflector.get<AuditTargetOf | undefined>(AUDIT_TARGET, context.getHandler());
    const targetOf = custom ?? defaultTarget;
    const record = (outcome: string, result?: unknown) =>
      this.trail.record({ operation: info.fieldName, args, outcome, targetId: targetOf(args, result) });
    const knownTarget = custom ? undefined : defaultTarget(args, undefined);
    const pending = knownTarget
      ? this.trail.open({ operation: info.fieldName, args, targetId: knownTarget })
      : undefined;
    return next.handle().pipe(
      mergeMap(async (result: unknown) => {
        if (!pending?.written) await record('ok', result);
        return result;
      }),
      catchError((error: unknown) =>
        pending?.written
          ? throwError(() => error)
          : from(record(classifyError(error).code)).pipe(mergeMap(() => throwError(() => error))),
      ),
      finalize(() => this.trail.close(pending)),
    );
  }
}
