import type { JsonObject } from '@anxin/rules';

/** What a dialog (or the form) gathered for one action; each action reads its own part. */
export interface ActionInput {
  data?: JsonObject;
  comment?: string;
  userId?: string;
  userIds?: string[];
  position?: 'BEFORE' | 'AFTER' | 'PARALLEL';
  targetElementId?: string;
  message?: string;
}
