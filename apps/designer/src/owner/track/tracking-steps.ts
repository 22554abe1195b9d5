import type { TrackedTicket } from './track.operations';

export type StepState = 'done' | 'current' | 'upcoming';

/** One row of the parcel-style tracker. */
export interface TrackingStep {
  status: string;
  label: { zh: string; en: string };
  state: StepState;
  /** When the ticket last entered this status (none for steps ahead). */
  at?: string;
  /** The owner has something to do here (confirm, rate): the page offers to sign in and do it. */
  ownerActs: boolean;
}

/**
 * The tracker's rows from what `trackTicket` says: the ticket's status dictionary in its order (`stages`), the
 * steps before the current status ticked, the current one highlighted, the rest ahead. A step not every ticket
 * takes (`optional`) shows only once reached; a step before the current one that the ticket never reached (a
 * cancelled ticket's) is left out. Without stages (no dictionary), the timeline itself, the last entry current.
 */
export function trackingSteps(ticket: TrackedTicket): TrackingStep[] {
  const lastAt = new Map<string, string>();
  for (const entry of ticket.timeline) lastAt.set(entry.status, entry.at);
  const reached = (status: string) => lastAt.has(status);

  if (ticket.stages.length === 0 || !ticket.stages.some((s) => s.status === ticket.status)) {
    const seen = [...new Map(ticket.timeline.map((e) => [e.status, e])).values()];
    return seen.map((entry, index) => ({
      status: entry.status,
      label: { zh: entry.statusLabel, en: entry.statusLabelEn },
      state: index === seen.length - 1 ? 'current' : 'done',
      at: lastAt.get(entry.status),
      ownerActs: false,
    }));
  }

  const shown = ticket.stages.filter((s) => !s.optional || reached(s.status) || s.status === ticket.status);
  const currentIndex = shown.findIndex((s) => s.status === ticket.status);
  return shown.flatMap((stage, index): TrackingStep[] => {
    const state: StepState = index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'upcoming';
    if (state === 'done' && !reached(stage.status)) return [];
    const at = state === 'upcoming' ? undefined : lastAt.get(stage.status);
    return [
      {
        status: stage.status,
        label: { zh: stage.statusLabel, en: stage.statusLabelEn },
        state,
        ...(at ? { at } : {}),
        ownerActs: stage.ownerActs,
      },
    ];
  });
}
