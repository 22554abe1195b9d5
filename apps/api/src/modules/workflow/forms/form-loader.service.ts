import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Dictionary, FormDefinition, FormUser } from '@anxin/form-engine';
import type { Actor } from '../../../common/context/actor.type';
import { AppError } from '../../../common/errors/app-error';
import { DefinitionRegistry } from '../../../engine-runtime/definition-registry.service';

/** A deployed form version, parsed. */
export interface LoadedForm {
  readonly key: string;
  readonly version: number;
  readonly form: FormDefinition;
}

const DICTIONARY_TTL_MS = 5_000;
/** How long the latest version of a form is taken as known without asking (deploys by this process forget it). */
const LATEST_FORM_TTL_MS = 5_000;

interface FormRow {
  id: string;
  version: number;
  content: string;
}

/**
 * Reads deployed forms (immutable per version, so read and parsed once) and the dictionaries their options name (the
 * latest versions, cached for a few seconds like the engine's decision tables). Which version of a form is the
 * latest is cached for a few seconds too: a deployment by this process takes effect at once, one by another process
 * within {@link LATEST_FORM_TTL_MS}.
 */
@Injectable()
export class FormLoader {
  private readonly forms = new Map<string, FormDefinition>();
  private readonly versions = new Map<string, Promise<FormRow | undefined>>();
  private readonly latest = new Map<string, { at: number; value: Promise<FormRow | undefined> }>();
  private dictionaries?: { at: number; value: Promise<Record<string, Dictionary>> };

  constructor(
    private readonly em: EntityManager,
    registry: DefinitionRegistry,
  ) {
    registry.onDeployed((kind, key) => {
      if (kind === 'form') this.latest.delete(key);
      if (kind === 'dictionary') this.dictionaries = undefined;
    });
  }

  /** The latest active version of a form (or the given version); NOT_FOUND naming `path` otherwise. */
  async form(key: string, version?: number, path = 'formKey'): Promise<LoadedForm> {
    const row = await (version === undefined ? this.latestRow(key) : this.versionRow(key, version));
    if (!row) throw new AppError('scope.notVisible', 'not-found', `No form ${key}`, path);
    let form = this.forms.get(row.id);
    if (!form) {
      form = JSON.parse(row.content) as FormDefinition;
      this.forms.set(row.id, form);
    }
    return { key, version: row.version, form };
  }

  private latestRow(key: string): Promise<FormRow | undefined> {
    const hit = this.latest.get(key);
    if (hit && Date.now() - hit.at < LATEST_FORM_TTL_MS) return hit.value;
    const value = this.select(key, undefined);
    this.latest.set(key, { at: Date.now(), value });
    value.catch(() => {
      if (this.latest.get(key)?.value === value) this.latest.delete(key);
    });
    return value;
  }

  /** A version never changes once deployed: kept for good once found (a miss is asked again next time). */
  private versionRow(key: string, version: number): Promise<FormRow | undefined> {
    const cacheKey = `${key}@${version}`;
    const hit = this.versions.get(cacheKey);
    if (hit) return hit;
    const value = this.select(key, version);
    this.versions.set(cacheKey, value);
    value.then(
      (row) => {
        if (!row) this.versions.delete(cacheKey);
      },
      () => this.versions.delete(cacheKey),
    );
    return value;
  }

  private async select(key: string, version: number | undefined): Promise<FormRow | undefined> {
    const [row] = await this.em.fork().execute<FormRow[]>(
      `select id, version, content from definition where kind = 'form' and key = ?
          and (?::int is null and status = 'active' or version = ?::int)
        order by version desc limit 1`,
      [key, version ?? null, version ?? null],
    );
    return row;
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
