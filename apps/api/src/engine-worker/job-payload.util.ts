import type { z } from 'zod';
import { JobFailure } from './job-failure.error';

/** Reads a job's payload with its schema; a payload that does not fit is a {@link JobFailure} (no retry). */
export function parsePayload<T extends z.ZodType>(identifier: string, schema: T, payload: unknown): z.infer<T> {
  const parsed = schema.safeParse(payload);
  if (parsed.success) return parsed.data;
  const problem = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'payload'}: ${issue.message}`);
  throw JobFailure.malformedPayload(identifier, problem.join('; '));
}
