import { Client } from 'pg';
import { decodeLiveEvent, LIVE_CHANNEL, type LiveEnvelope } from './live-event.codec';

export interface LiveListenerOptions {
  readonly databaseUrl: string;
  readonly onEvent: (event: LiveEnvelope) => void;
  readonly onProblem: (message: string) => void;
  /** First reconnect delay; doubles up to `maxRetryDelayMs`. */
  readonly retryDelayMs?: number;
  readonly maxRetryDelayMs?: number;
}

/** How the LISTEN connection shows in `pg_stat_activity` (operators, and the reconnect test, find it by this). */
export const LIVE_APPLICATION_NAME = 'anxin-live';

/**
 * One dedicated PostgreSQL connection per process that LISTENs on the live channel (a pooled connection cannot:
 * LISTEN belongs to a session). When the connection drops it reconnects with backoff and LISTENs again; events
 * NOTIFYed while it was down are lost, which is why subscribers treat events as hints and re-read on reconnecting.
 */
export class LiveListener {
  private client: Client | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private failures = 0;
  private stopped = false;

  constructor(private readonly options: LiveListenerOptions) {}

  /** Connects and LISTENs; resolves once listening (or once the first failure has scheduled a retry). */
  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  get listening(): boolean {
    return this.client !== undefined;
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.options.databaseUrl, application_name: LIVE_APPLICATION_NAME });
    let lost = false;
    const onLost = (reason: string) => {
      if (lost) return;
      lost = true;
      if (this.client === client) this.client = undefined;
      client.end().catch(() => undefined);
      if (!this.stopped) this.scheduleReconnect(reason);
    };
    client.on('error', (error) => onLost(error.message));
    client.on('end', () => onLost('connection ended'));
    client.on('notification', (message) => {
      if (message.channel !== LIVE_CHANNEL) return;
      const event = decodeLiveEvent(message.payload);
      if (event) this.options.onEvent(event);
      else this.options.onProblem('ignored a malformed live event');
    });
    try {
      await client.connect();
      await client.query(`listen ${LIVE_CHANNEL}`);
    } catch (error) {
      onLost(error instanceof Error ? error.message : String(error));
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.failures = 0;
  }

  private scheduleReconnect(reason: string): void {
    const { retryDelayMs = 100, maxRetryDelayMs = 5_000 } = this.options;
    const delay = Math.min(retryDelayMs * 2 ** this.failures, maxRetryDelayMs);
    this.failures += 1;
    this.options.onProblem(`live events connection lost (${reason}); reconnecting in ${delay} ms`);
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.connect(), delay);
    this.retryTimer.unref();
  }
}
