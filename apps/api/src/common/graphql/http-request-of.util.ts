import type { ExecutionContext } from '@nestjs/common';
import { type GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';

/**
 * The GraphQL context: the express request and response of the HTTP call. For a subscription over WebSocket, `req`
 * is the HTTP upgrade request (headers and address only, without express's additions) and there is no `res`.
 */
export interface GraphqlContext {
  readonly req: Request;
  readonly res?: Response;
}

/** The express request and response behind a GraphQL resolver call or a REST handler. */
export function httpOf(context: ExecutionContext): GraphqlContext {
  if (context.getType<GqlContextType>() === 'graphql') return GqlExecutionContext.create(context).getContext();
  const http = context.switchToHttp();
  return { req: http.getRequest<Request>(), res: http.getResponse<Response>() };
}
