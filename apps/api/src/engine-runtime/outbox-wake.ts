import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { RUNTIME_OPTIONS, type RuntimeOptions } from './runtime-options';
import { StepDatabase } from './step-database';
import { JOB, OUTBOX_JOB_KEY } from './step-plan';

/** Adds (or moves up) the delivery job `outbox`; a locked (running) one is replaced by a new one. */
const WAKE_SQL = `select graphile_worker.add_job(identifier => ?::text, payload => '{}'::json, job_key => ?::text,
  max_attempts => 25) is not null as added`;

/**
 * Wakes the outbox delivery after steps that wrote outbox rows have committed: at most one `add_job('outbox')` per
 * `outboxWakeMs` for all of them, instead of one inside every such step's statement. Inside the step, that call
 * locked the one `outbox` job row and sent a NOTIFY, and both are held until the step's commit has been flushed, so
 * every ended instance waited for the previous one's commit (fsync): a serial section that bounded completions/s
 * by the disk's flush time.
 *
 * The guarantee stays "every committed row gets a delivery run that starts after its commit": a wake asked for while
 * one is pending is covered by it (its job is added later, and the run starts after that); one asked for while an
 * add is under way schedules another. A process that dies between a step's commit and the wake leaves its rows to
 * the worker's sweep (`anxin.deliver-outbox` every minute, engine-worker.service.ts), so a crash delays a
 * notification by up to a minute and never loses it.
 */
@Injectable()
export class OutboxWake implements OnModuleDestroy {
  private readonly logger = new Logger(OutboxWake.name);
  private timer: NodeJS.Timeout | undefined;
  private adding = false;
  /** Rows committed since the last add began. */
  private dirty = false;
  private closed = false;

  constructor(
    private readonly steps: StepDatabase,
    @Inject(RUNTIME_OPTIONS) private readonly options: RuntimeOptions,
  ) {}

  /** Called after a step that wrote outbox rows has committed. */
  request(): void {
    this.dirty = true;
    this.schedule(this.options.outboxWakeMs);
  }

  onModuleDestroy(): void {
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(delayMs: number): void {
    if (this.timer || this.adding || this.closed) return;
    this.timer = setTimeout(() => void this.add(), delayMs);
    this.timer.unref();
  }

  private async add(): Promise<void> {
    this.timer = undefined;
    this.dirty = false;
    this.adding = true;
    let retryMs: number | undefined;
    try {
      await this.steps.query('anxin.wake-outbox', WAKE_SQL, [JOB.deliverOutbox, OUTBOX_JOB_KEY]);
    } catch (error) {
      // The rows stay pending; the next wake, or the worker's sweep, delivers them.
      this.logger.warn(`outbox wake failed: ${String(error)}`);
      this.dirty = true;
      retryMs = 1_000;
    } finally {
      this.adding = false;
    }
    if (this.dirty) this.schedule(retryMs ?? this.options.outboxWakeMs);
  }
}
