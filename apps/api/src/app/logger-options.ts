import type { Params } from 'nestjs-pino';
import type { AppConfig } from '../config/app-config';

const probePaths = new Set(['/health', '/ready', '/metrics']);

/** pino for every log line; human-readable only on an interactive terminal when pino-pretty is installed. */
export function loggerOptions(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.logLevel,
      autoLogging: { ignore: (request) => probePaths.has(request.url ?? '') },
      ...(process.stdout.isTTY && hasPinoPretty()
        ? { transport: { target: 'pino-pretty', options: { singleLine: true } } }
        : {}),
    },
  };
}

function hasPinoPretty(): boolean {
  try {
    require.resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}
