import { SetMetadata } from '@nestjs/common';

export const AUDIT_TARGET = 'anxin:audit-target';

/** Finds the id a mutation acted on, from its arguments and result. */
export type AuditTargetOf = (args: Record<string, unknown>, result: unknown) => string | undefined;

/**
 * Overrides how the audit row of a mutation names its target. Without it: `args.id`, else `args.input.id`, else the
 * result's `id`.
 */
export const AuditTarget = (targetOf: AuditTargetOf) => SetMetadata(AUDIT_TARGET, targetOf);
