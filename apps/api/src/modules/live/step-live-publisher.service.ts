import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { StepEvents, type StepCommitted } from '../../engine-runtime/step-events';
import { MAX_LIVE_PAYLOAD_BYTES } from './live-event.codec';
import { LiveEvents } from './live-events.service';
import { LIVE_TOPICS, type WorkChange } from './live-topic';

/** How long step events are gathered before one NOTIFY per company carries them. */
export const STEP_BATCH_MS = 50;
// The envelope (topic, quoting) around the changes; a change that would overflow starts a new NOTIFY.
const ENVELOPE_BYTES = 200;

function changeOf(event: StepCommitted): WorkChange {
  const users = new Set<string>();
  const groups = new Set<string>();
  for (const task of event.tasks) {
    if (task.assignee) users.add(task.assignee);
    for (const user of task.candidateUsers) users.add(user);
    for (const group of task.candidateGroups) groups.add(group);
  }
  return { instanceId: event.instanceId, users: [...users], groups: [...groups], ticketNumber: event.ticketNumber };
}

/**
 * Turns committed engine steps into live events: gathered for {@link STEP_BATCH_MS}, then one NOTIFY per company
 * (split when it would pass PostgreSQL's payload limit). Batching keeps NOTIFY — which serialises commits on a
 * global queue lock — out of the step's own statement and off the hot path: a few NOTIFYs a second whatever the
 * step rate. Live events are hints (at most once); a lost one costs a subscriber a re-read, never data.
 */
@Injectable()
export class StepLivePublisher implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(StepLivePublisher.name);
  private pending = new Map<string, WorkChange[]>();
  private timer: NodeJS.Timeout | undefined;
  private stopListening: (() => void) | undefined;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly steps: StepEvents,
    private readonly live: LiveEvents,
  ) {}

  onModuleInit(): void {
    this.stopListening = this.steps.listen((event) => this.add(event));
  }

  async onModuleDestroy(): Promise<void> {
    this.stopListening?.();
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.flush();
  }

  private add(event: StepCommitted): void {
    if (!event.tenantId) return; // system instances belong to no company: no subscriber can see them
    const list = this.pending.get(event.tenantId) ?? [];
    list.push(changeOf(event));
    this.pending.set(event.tenantId, list);
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, STEP_BATCH_MS);
  }

  /** Sends what is pending now (tests and shutdown). */
  flush(): Promise<void> {
    const batch = this.pending;
    this.pending = new Map();
    this.flushing = this.flushing.then(() => this.send(batch));
    return this.flushing;
  }

  private async send(batch: Map<string, WorkChange[]>): Promise<void> {
    for (const [tenantId, changes] of batch) {
      for (const chunk of chunks(changes)) {
        await this.live
          .publish(LIVE_TOPICS.workChanged(tenantId), { changes: chunk })
          .catch((error: unknown) => this.logger.warn(`live step events lost: ${(error as Error).message}`));
      }
    }
  }
}

function chunks(changes: readonly WorkChange[]): WorkChange[][] {
  const result: WorkChange[][] = [];
  let current: WorkChange[] = [];
  let bytes = ENVELOPE_BYTES;
  for (const change of changes) {
    const size = Buffer.byteLength(JSON.stringify(change), 'utf8') + 1;
    if (size + ENVELOPE_BYTES > MAX_LIVE_PAYLOAD_BYTES) continue; // one instance with thousands of candidates
    if (bytes + size > MAX_LIVE_PAYLOAD_BYTES && current.length > 0) {
      result.push(current);
      current = [];
      bytes = ENVELOPE_BYTES;
    }
    current.push(change);
    bytes += size;
  }
  if (current.length > 0) result.push(current);
  return result;
}
