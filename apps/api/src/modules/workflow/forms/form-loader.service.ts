import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Dictionary, FormDefinition, FormUser } from '@anxin/form-engine';
import type { Actor } from '../../../common/context/actor.type';
import { AppError } from '../../../common/errors/app-error';

/** A deployed form version, parsed. */
export interface LoadedForm {
  readonly key: string;
  readonly version: number;
  readonly form: FormDefinition;
}

const DICTIONARY_TTL_MS = 5_000;

/**
 * Reads deployed forms (immutable per version, so parsed once) and the dictionaries their options name (the latest
 * versions, cached for a few seconds like the engine's decision tables).
 */
@Injectable()
export class FormLoader {
  private readonly forms = new Map<string, FormDefinition>();
  private dictionaries?: { at: number; value: Promise<Record<string, Dictionary>> };

  constructor(private readonly em: EntityManager) {}

  /** The latest active version of a form (or the given version); NOT_FOUND naming `path` otherwise. */
  async form(key: string, version?: number, path = 'formKey'): Promise<LoadedForm> {
    const [row] = await this.em.fork().execute<{ id: string; version: number; content: string }[]>(
      `select id, version, content from definition where kind = 'form' and key = ?
          and (?::int is null and status = 'active' or version = ?::int)
        order by version desc limit 1`,
      [key, version ?? null, version ?? null],
    );
    if (!row) throw new AppError('scope.notVisible', 'not-found', `No form ${key}`, path);
    let form = this.forms.get(row.id);
    if (!form) {
      form = JSON.parse(row.content) as FormDefinition;
      this.forms.set(row.id, form);
    }
    return { key, version: row.version, form };
  }

  /** Every deployed dictionary at its latest version, by key. */
  allDictionaries(): Promise<Record<string, Dictionary>> {
    if (this.dictionaries && Date.now() - this.dictionaries.at < DICTIONARY_TTL_MS) return this.dictionaries.value;
    const value = this.em
      .fork()
      .execute<{ key: string; content: string }[]>(
        `select distinct on (key) key, content from definition where kind = 'dictionary' and status = 'active'
          order by key, version desc`,
      )
      .then((rows) => Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.content) as Dictionary])));
    this.dictionaries = { at: Date.now(), value };
    return value;
  }
}

/** The form engine's view of the caller (for `$user` in rules and defaults). */
export function formUserOf(actor: Actor): FormUser {
  return {
    id: actor.userId,
    name: actor.displayName,
    roles: [...actor.roles],
    teamIds: [...actor.teamIds],
    projectIds: [...actor.projectIds],
  };
}
