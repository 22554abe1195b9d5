import type { BodyScopeState } from '../state/instance-state.type';

export type Outcome = 'approved' | 'rejected';

// Ratios are compared with a tolerance so 2/3 of 3 signers meets a 0.6667 ratio written by hand.
const EPSILON = 1e-9;

/**
 * The Chinese approval modes as decisions over the body's counters; undefined while undecided.
 * - `all` (会签) and `sequential` (依次): one rejection rejects; approved when every signer approved.
 * - `any` (或签): the first decision decides.
 * - `ratio` (票签): approved once approvals reach the ratio; rejected once they no longer can.
 */
export function decideApproval(body: BodyScopeState): Outcome | undefined {
  const { mode, nrOfInstances: total, nrOfApproved: approved, nrOfRejected: rejected } = body;
  switch (mode) {
    case undefined:
      return undefined;
    case 'all':
    case 'sequential':
      if (rejected > 0) return 'rejected';
      return approved >= total ? 'approved' : undefined;
    case 'any':
      if (approved > 0) return 'approved';
      return rejected > 0 ? 'rejected' : undefined;
    case 'ratio': {
      const needed = (body.ratio ?? 1) * total - EPSILON;
      if (approved >= needed) return 'approved';
      return total - rejected < needed ? 'rejected' : undefined;
    }
  }
}
