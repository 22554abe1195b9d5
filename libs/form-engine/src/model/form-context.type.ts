import type { JsonObject, RuleLimits } from '@anxin/rules';
import type { DataSourceName, OptionItem } from './form-definition.type';
import type { LocalizedText } from './localized-text';

/** The signed-in user, readable by rules as `$user` (e.g. a default `{ "var": "$user.id" }`). */
export interface FormUser {
  readonly id: string;
  readonly name?: string;
  readonly phone?: string;
  readonly roles?: readonly string[];
  readonly teamIds?: readonly string[];
  readonly projectIds?: readonly string[];
}

/** A dictionary (`definitions/dictionaries/<key>.dictionary.json`): a named, ordered list of options. */
export interface Dictionary {
  readonly key: string;
  readonly name: LocalizedText;
  readonly description?: LocalizedText;
  readonly items: readonly OptionItem[];
}

/** What the host knows about an uploaded file; the engine only ever sees file ids in submissions. */
export interface FileInfo {
  readonly size: number;
  readonly mimeType: string;
  readonly name?: string;
}

/**
 * Everything an evaluation may know about the world. The engine reads nothing else: no clock, no storage, no
 * network. The server and the designer pass the same context to get the same result.
 */
export interface FormContext {
  /** The clock for `{ "now": [] }` (defaults such as the report time) and the id-card birth-date check. */
  readonly now?: () => Date | number;
  /** IANA zone for dates, date-times and serial numbers; default Asia/Shanghai. */
  readonly timeZone?: string;
  readonly user?: FormUser;
  /** Host facts readable by rules as `$context` (the scanned unit, the ticket, the project). */
  readonly variables?: JsonObject;
  /** The stored values of this submission: what read-only, server-assigned and kept hidden fields keep. */
  readonly previous?: JsonObject;
  readonly dictionaries?: Readonly<Record<string, Dictionary>>;
  readonly dataSources?: Readonly<Partial<Record<DataSourceName, readonly OptionItem[]>>>;
  /** Metadata of the files a submission refers to; when given, unknown ids, sizes and types are checked. */
  readonly files?: Readonly<Record<string, FileInfo>>;
  readonly limits?: Partial<RuleLimits>;
}
