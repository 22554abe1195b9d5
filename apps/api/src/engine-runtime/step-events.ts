import { Injectable, Logger } from '@nestjs/common';

/** A task row a step wrote, as far as "whose inbox changed" is concerned. */
export interface StepTaskChange {
  readonly id: string;
  readonly assignee: string | null;
  readonly candidateUsers: readonly string[];
  readonly candidateGroups: readonly string[];
}

/** What one committed step changed, for listeners outside the engine (live updates). */
export interface StepCommitted {
  readonly tenantId: string | null;
  readonly instanceId: string;
  readonly tasks: readonly StepTaskChange[];
  /** Set when the step wrote the instance's ticket. */
  readonly ticketNumber: string | null;
}

export type StepListener = (event: StepCommitted) => void;

/**
 * In-process hook called after a step's statement committed. Listeners run synchronously and must not throw or
 * block (they queue work); a listener that throws is logged and ignored: the step is done whatever it does.
 */
@Injectable()
export class StepEvents {
  private readonly logger = new Logger(StepEvents.name);
  private readonly listeners = new Set<StepListener>();

  listen(listener: StepListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: StepCommitted): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        this.logger.warn(`a step listener failed: ${(error as Error).message}`);
      }
    }
  }
}
