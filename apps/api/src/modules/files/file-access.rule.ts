import { STAFF_ROLES } from '@anxin/persistence';
import type { Actor } from '../../common/context/actor.type';

/** What the rule needs to know about a file (its tenant is already the caller's: RLS and the query saw to that). */
export interface FileAccessSubject {
  readonly uploadedBy: string;
}

/** Facts about the file the caller's scope decides (computed by `FilesService` only when the rule needs them). */
export interface FileAccessFacts {
  /** The file id is a value in a process instance (a ticket) the caller sees. */
  readonly referencedByVisibleInstance: boolean;
}

/**
 * Whether `actor` may read `file`, a file of his own company:
 * - staff (every role but `owner`) read every file of the company: they handle the tickets the files belong to;
 * - anybody reads what he uploaded himself;
 * - anybody reads a file of work he sees (an owner: the photos and signatures of his tickets).
 * Whoever fails the rule is answered NOT_FOUND, exactly like an id of another company, so file ids reveal nothing.
 */
export function canReadFile({
  actor,
  file,
  facts,
}: {
  actor: Actor;
  file: FileAccessSubject;
  facts?: FileAccessFacts;
}): boolean {
  if (!needsFacts(actor, file)) return true;
  return facts?.referencedByVisibleInstance === true;
}

/** False when role or authorship decides alone (no query needed): staff, or the uploader himself. */
export function needsFacts(actor: Actor, file: FileAccessSubject): boolean {
  return !actor.roles.some((role) => STAFF_ROLES.includes(role)) && file.uploadedBy !== actor.userId;
}
