import type { InstanceState } from '@anxin/process-engine';

/** What a step needs of an instance row besides the command. */
export interface CachedInstance {
  readonly state: InstanceState;
  /** The `revision` column: the write is conditional on it. */
  readonly revision: number;
  readonly definitionId: string;
  readonly parentInstanceId: string | null;
  readonly parentActionId: string | null;
}

/**
 * The running instances this runtime wrote last, so that their next step skips the load statement. A copy may be
 * stale (another process moved the instance since): it is only ever used as the input of a write whose revision
 * check refuses it, and whatever a cached copy decides without writing (a refusal, a no-op) is confirmed on fresh
 * state by the caller. Least recently used entries go first once `capacity` is reached (a Map keeps insertion
 * order, and a hit is re-inserted).
 */
export class InstanceCache {
  private readonly entries = new Map<string, CachedInstance>();

  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.entries.size;
  }

  get(instanceId: string): CachedInstance | undefined {
    const entry = this.entries.get(instanceId);
    if (entry) {
      this.entries.delete(instanceId);
      this.entries.set(instanceId, entry);
    }
    return entry;
  }

  /** Keeps a running instance; an ended one is dropped (only no-ops and refusals could follow). */
  set(instanceId: string, entry: CachedInstance): void {
    this.entries.delete(instanceId);
    if (this.capacity <= 0 || entry.state.status !== 'running') return;
    this.entries.set(instanceId, entry);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }

  delete(instanceId: string): void {
    this.entries.delete(instanceId);
  }
}
