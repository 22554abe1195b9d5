import { existsSync } from 'node:fs';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import compression from 'compression';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { Logger } from 'nestjs-pino';
import { requestScope } from '../common/context/actor-context.service';
import { bodyErrors, JSON_BODY_LIMIT } from '../common/http/body-errors.middleware';
import { securityHeaders } from '../common/http/security-headers';
import type { AppConfig } from '../config/app-config';
import { AppModule } from './app.module';

const serverPaths = ['/graphql', '/files', '/health', '/ready', '/metrics'];

/**
 * Builds the Nest application (not yet listening): modules for the role, pino logging, then in this order helmet's
 * headers, the JSON body parser limited to 1 MB (over it: 413 with a coded error), the request scope of the actor,
 * and the designer at `/`.
 */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.flushLogs();
  app.use(securityHeaders());
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT });
  app.use(bodyErrors);
  app.use(requestScope);
  if (config.role !== 'worker') serveDesigner(app, config.designerDir);
  return app;
}

const isServerPath = (request: Request) =>
  serverPaths.some((prefix) => request.path === prefix || request.path.startsWith(`${prefix}/`));

/**
 * Static files of the built designer, gzipped for clients that accept it (a phone on a mobile network gets the
 * first page's 1.1 MB of JavaScript as about 370 KB), and its index.html for client-side routes. The API's own
 * answers are not compressed here: most are small, and the CPU they would cost is the completions' budget.
 */
function serveDesigner(app: NestExpressApplication, designerDir: string): void {
  const indexHtml = path.join(designerDir, 'index.html');
  if (!existsSync(indexHtml)) {
    app.get(Logger).warn(`designer not built (${indexHtml} missing): serving the API only`);
    return;
  }
  app.use(
    compression({ filter: (request, response) => !isServerPath(request) && compression.filter(request, response) }),
  );
  app.useStaticAssets(designerDir, { index: false, maxAge: '1h' });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' || isServerPath(request) || !request.accepts('html')) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(indexHtml);
  });
}
