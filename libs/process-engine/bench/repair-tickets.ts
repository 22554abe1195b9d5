import type { JsonObject } from '@anxin/rules';

/** The three finance approvers of the 会签 on tickets over 500 元. */
export const FINANCE_APPROVERS = ['finance-li', 'finance-wang', 'finance-zhao'] as const;

/**
 * The start variables of the `index`-th benchmark ticket, the same for both engines: even tickets cost 820 元 and go
 * through the 3-way finance approval, odd ones cost 260 元 and skip it (the half-and-half mix of the measurement in
 * docs/benchmarks.md).
 */
export function repairTicket(index: number): JsonObject {
  return {
    estimatedCost: index % 2 === 0 ? 820 : 260,
    owner: `owner-${index}`,
    financeApprovers: [...FINANCE_APPROVERS],
  };
}
