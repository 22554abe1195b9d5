import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { PendingAudit } from '../audit/pending-audit';
import { AppError } from '../errors/app-error';
import type { Actor } from './actor.type';

/** What one request (or one job) knows about its caller, and the audit row its running mutation owes. */
interface RequestScope {
  actor: Actor | undefined;
  readonly ip: string | undefined;
  audit?: PendingAudit | undefined;
}

const storage = new AsyncLocalStorage<RequestScope>();

/**
 * Express middleware opening the scope of one HTTP request; the authentication guard then puts the actor in it.
 * Registered before Nest's and Apollo's middleware, so resolvers, services and interceptors all run inside it.
 */
export function requestScope(request: Request, _response: Response, next: NextFunction): void {
  storage.run({ actor: undefined, ip: request.ip }, next);
}

/**
 * The current caller, from AsyncLocalStorage: services read it without threading it through every signature, and
 * jobs or tests run work as somebody with {@link ActorContext.run}.
 */
@Injectable()
export class ActorContext {
  current(): Actor | undefined {
    return storage.getStore()?.actor;
  }

  /** The actor, or UNAUTHENTICATED: for services that must never run anonymously. */
  require(): Actor {
    const actor = this.current();
    if (!actor) throw AppError.tokenMissing();
    return actor;
  }

  /** The client address of the current HTTP request. */
  ip(): string | undefined {
    return storage.getStore()?.ip;
  }

  /** Sets the actor of the current request (the guard after verifying the token; login once it succeeded). */
  setActor(actor: Actor): void {
    const scope = storage.getStore();
    if (!scope) throw new Error('ActorContext.setActor outside a request scope');
    scope.actor = actor;
  }

  /**
   * The audit row of the mutation now running, if the audit interceptor opened one (mutations run one after
   * another, so a request has at most one at a time).
   */
  pendingAudit(): PendingAudit | undefined {
    return storage.getStore()?.audit;
  }

  /** Opens (or, with undefined, closes) the running mutation's audit row; no-op outside a request scope. */
  setPendingAudit(audit: PendingAudit | undefined): void {
    const scope = storage.getStore();
    if (scope) scope.audit = audit;
  }

  /** Runs `work` as `actor` (jobs, tests). */
  run<T>(actor: Actor, work: () => T, ip?: string): T {
    return storage.run({ actor, ip }, work);
  }
}
