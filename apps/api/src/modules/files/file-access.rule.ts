import { STAFF_ROLES } from '@anxin/persistence';
import type { Actor } from '../../common/context/actor.type';

/** What the rule needs to know about a file (its tenant is already the caller's: RLS and the query saw to that). */
export interface FileAccessSubject {
  readonly uploadedBy: string;
}

/**
 * Whether `actor` may read `file`, a file of his own company:
 * - staff (every role but `owner`) read every file of the company: they handle the tickets the files belong to;
 * - anybody reads what he uploaded himself.
 * Whoever fails the rule is answered NOT_FOUND, exactly like an id of another company, so file ids reveal nothing.
 *
 * To let owners read the files of their tickets (#7), add a fact to the parameter, e.g.
 * `referencedByVisibleTicket: boolean`, computed by `FilesService` with one query on the ticket read model (the
 * file id in a ticket the caller's `DataScope` sees), and return `true` when it holds. Keep the rule itself pure.
 */
export function canReadFile({ actor, file }: { actor: Actor; file: FileAccessSubject }): boolean {
  if (actor.roles.some((role) => STAFF_ROLES.includes(role))) return true;
  return file.uploadedBy === actor.userId;
}
