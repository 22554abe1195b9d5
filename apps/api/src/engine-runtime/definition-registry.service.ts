import { createHash, randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Definition, type DefinitionKind } from '@anxin/persistence';
import { hasModelErrors, parseProcess, type ProcessModel } from '@anxin/process-engine';
import { cnWorkdaysCalendar, type BusinessCalendar, type DecisionTable } from '@anxin/rules';
import type { ReportCatalog } from '@anxin/report-engine';
import { checkDefinition, type DefinitionProblem } from './definition-checks';
import { catalogReader, loadReportDefinitionContext } from './report-definition-context';
import { RuntimeError } from './runtime-error';
import { StepDatabase } from './step-database';

export type { DefinitionProblem } from './definition-checks';

export interface DeployResult {
  readonly definition: Definition;
  /** False when identical content was deployed before: the existing version is returned. */
  readonly created: boolean;
  readonly problems: readonly DefinitionProblem[];
}

export interface ProcessVersion {
  readonly id: string;
  readonly key: string;
  readonly version: number;
}

const LATEST_PROCESS_SQL = `select id, key, version from definition
  where kind = 'process' and key = ? and status = 'active' order by version desc limit 1`;
const PROCESS_VERSION_SQL = `select id, key, version from definition where kind = 'process' and key = ? and version = ?`;

export interface LoadedProcess {
  readonly definition: Definition;
  readonly model: ProcessModel;
}

/** A deployed version without its content (lists). */
export type DefinitionSummary = Omit<Definition, 'content'>;

export interface DefinitionContent {
  readonly kind: DefinitionKind;
  readonly key: string;
  readonly content: string;
}

// Cheap enough to keep every parsed version: definitions are immutable, so a cache entry never goes stale.
const processCache = new Map<string, Promise<ProcessModel>>();
const BUILT_IN_CALENDARS: Record<string, () => BusinessCalendar> = { 'cn-workdays': () => cnWorkdaysCalendar() };
// Building cn-workdays sorts every holiday chinese-days lists; steps asked for it each time (seen in a CPU profile).
const builtInCalendars = new Map<string, BusinessCalendar | undefined>();
const builtInCalendar = (name: string): BusinessCalendar | undefined => {
  if (!builtInCalendars.has(name)) builtInCalendars.set(name, BUILT_IN_CALENDARS[name]?.());
  return builtInCalendars.get(name);
};
/** The decision keys and calendar names a model uses, found once per model rather than on every step. */
const referencesByModel = new WeakMap<ProcessModel, { decisions: string[]; calendars: string[] }>();

function referencesOf(model: ProcessModel): { decisions: string[]; calendars: string[] } {
  let found = referencesByModel.get(model);
  if (found) return found;
  const decisions = new Set<string>();
  const calendars = new Set<string>();
  for (const node of Object.values(model.elements)) {
    if (node.type === 'businessRuleTask') decisions.add(node.decisionKey);
    const timer = 'trigger' in node && node.trigger.type === 'timer' ? node.trigger.timer : undefined;
    if (timer?.calendar) calendars.add(timer.calendar);
    if (node.type === 'userTask' && node.sla?.calendar) calendars.add(node.sla.calendar);
  }
  for (const name of calendarsNamedInRules(model.elements)) calendars.add(name);
  found = { decisions: [...decisions], calendars: [...calendars] };
  referencesByModel.set(model, found);
  return found;
}
/** Calendars a rule names literally in `{ "add_working_time": [date, duration, "calendar"] }`, anywhere in `value`. */
function calendarsNamedInRules(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const item of value) calendarsNamedInRules(item, found);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const name: unknown = key === 'add_working_time' && Array.isArray(item) ? item[2] : undefined;
      if (typeof name === 'string') found.push(name);
      calendarsNamedInRules(item, found);
    }
  }
  return found;
}

const LATEST_TTL_MS = 5_000;
/** Kinds checked against what else is deployed (the report engine's). */
const REPORT_KINDS: ReadonlySet<DefinitionKind> = new Set(['dataset', 'report', 'dashboard']);
const SUMMARY_COLUMNS = 'id, kind, key, version, checksum, status, created_by, created_at';

interface SummaryRow {
  id: string;
  kind: DefinitionKind;
  key: string;
  version: number;
  checksum: string;
  status: Definition['status'];
  created_by: string | null;
  created_at: Date | string;
}

function checksumOf(content: string): string {
  return createHash('sha256').update(content).digest('hex');
}

function summaryOf(row: SummaryRow): DefinitionSummary {
  return {
    id: row.id,
    kind: row.kind,
    key: row.key,
    version: row.version,
    checksum: row.checksum,
    status: row.status,
    ...(row.created_by ? { createdBy: row.created_by } : {}),
    createdAt: new Date(row.created_at),
  };
}

/**
 * Deploys and serves definitions. Versions are immutable and numbered per kind and key; deploying the content of
 * the latest version again returns that version, any other content (an older version's too) adds one. Process models are parsed once per version; decision tables and calendars are read at
 * their latest version (cached for a few seconds).
 */
@Injectable()
export class DefinitionRegistry {
  private readonly latest = new Map<string, { at: number; value: Promise<unknown> }>();
  private readonly deployedListeners: ((kind: DefinitionKind, key: string) => void | Promise<void>)[] = [];
  private readonly reportCatalog: () => Promise<ReportCatalog>;

  constructor(
    private readonly em: EntityManager,
    private readonly steps: StepDatabase,
  ) {
    this.reportCatalog = catalogReader(em);
  }

  /**
   * Problems of a definition's content, without deploying it; never throws. A form is checked against the deployed
   * dictionaries, and the content's own key (a BPMN process id) must be the key it is deployed as.
   */
  async validate(input: DefinitionContent): Promise<DefinitionProblem[]> {
    const dictionaries = input.kind === 'form' ? await this.dictionaryKeys() : [];
    const reports = REPORT_KINDS.has(input.kind)
      ? await loadReportDefinitionContext(this.em, this.reportCatalog)
      : undefined;
    return checkDefinition({ ...input, dictionaries, ...(reports ? { reports } : {}) });
  }

  async deploy(input: DefinitionContent & { actor?: string }): Promise<DeployResult> {
    const problems = await this.validate(input);
    if (problems.some((p) => p.severity === 'error')) {
      throw new RuntimeError(
        'definition.invalid',
        'user',
        `${input.kind} "${input.key}" has errors`,
        'content',
        problems,
      );
    }
    const checksum = checksumOf(input.content);
    const result = await this.em.fork().transactional(async (em): Promise<DeployResult> => {
      await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`definition:${input.kind}:${input.key}`]);
      const last = await em.findOne(Definition, { kind: input.kind, key: input.key }, { orderBy: { version: 'desc' } });
      // Only the latest counts: deploying an older version's content again makes it the latest (a rollback).
      if (last?.checksum === checksum && last.status === 'active')
        return { definition: last, created: false, problems };
      const definition = em.create(Definition, {
        id: randomUUID(),
        kind: input.kind,
        key: input.key,
        version: (last?.version ?? 0) + 1,
        content: input.content,
        checksum,
        status: 'active',
        ...(input.actor ? { createdBy: input.actor } : {}),
        createdAt: new Date(),
      });
      await em.flush();
      this.latest.delete(`${input.kind}:${input.key}`);
      return { definition, created: true, problems };
    });
    // Awaited: what a listener derives from the new version (a calendar's report days) is there when deploy answers.
    if (result.created) for (const listener of this.deployedListeners) await listener(input.kind, input.key);
    return result;
  }

  /**
   * Calls `listener` after each new version this process deploys, so caches of latest versions (forms) drop theirs
   * at once; other processes see the new version when their caches expire (a few seconds).
   */
  onDeployed(listener: (kind: DefinitionKind, key: string) => void | Promise<void>): void {
    this.deployedListeners.push(listener);
  }

  /** The latest active version of each key of a kind (or of one key), by key; without content. */
  async latestVersions(kind: DefinitionKind, key?: string): Promise<DefinitionSummary[]> {
    const rows = await this.em.fork().execute<SummaryRow[]>(
      `select distinct on (key) ${SUMMARY_COLUMNS} from definition
        where kind = ? and status = 'active' ${key === undefined ? '' : 'and key = ?'}
        order by key, version desc`,
      key === undefined ? [kind] : [kind, key],
    );
    return rows.map(summaryOf);
  }

  /** Every version of one definition, newest first; without content. */
  async versions(kind: DefinitionKind, key: string): Promise<DefinitionSummary[]> {
    const rows = await this.em
      .fork()
      .execute<SummaryRow[]>(
        `select ${SUMMARY_COLUMNS} from definition where kind = ? and key = ? order by version desc`,
        [kind, key],
      );
    return rows.map(summaryOf);
  }

  /** The content of a deployed version by id. */
  async contentOf(id: string): Promise<string> {
    const found = await this.em.fork().findOne(Definition, { id }, { fields: ['content'] });
    if (!found) throw new RuntimeError('definition.notFound', 'not-found', `no definition ${id}`, 'id');
    return found.content;
  }

  async findDefinition(kind: DefinitionKind, key: string, version?: number): Promise<Definition> {
    const where = version === undefined ? { kind, key, status: 'active' as const } : { kind, key, version };
    const found = await this.em.fork().findOne(Definition, where, { orderBy: { version: 'desc' } });
    if (!found) throw RuntimeError.definitionNotFound(kind, key, version);
    return found;
  }

  /** The process model of a deployed version (the latest when no version is given). */
  async process(key: string, version?: number): Promise<LoadedProcess> {
    const definition = await this.findDefinition('process', key, version);
    return { definition, model: await this.modelOf(definition) };
  }

  /**
   * Id and version of a deployed process (the latest active one when no version is given): what a start needs, in
   * one prepared statement on the step pool (MikroORM's `findOne` cost more Node CPU than the rest of the start).
   */
  async processVersion(key: string, version?: number): Promise<ProcessVersion> {
    const [row] =
      version === undefined
        ? await this.steps.query<ProcessVersion>('anxin.latest-process', LATEST_PROCESS_SQL, [key])
        : await this.steps.query<ProcessVersion>('anxin.process-version', PROCESS_VERSION_SQL, [key, version]);
    if (!row) throw RuntimeError.definitionNotFound('process', key, version);
    return row;
  }

  /** The model of a deployed process version by definition id: read and parsed once for the life of the process. */
  modelById(definitionId: string): Promise<ProcessModel> {
    const cached = processCache.get(definitionId);
    if (cached) return cached;
    return this.em
      .fork()
      .findOne(Definition, { id: definitionId, kind: 'process' })
      .then((definition) => {
        if (!definition)
          throw new RuntimeError('definition.notFound', 'internal', `no process definition ${definitionId}`);
        return this.modelOf(definition);
      });
  }

  /** The model of one definition row; parsed once per version for the life of the process. */
  modelOf(definition: Pick<Definition, 'id' | 'content' | 'key' | 'version'>): Promise<ProcessModel> {
    let cached = processCache.get(definition.id);
    if (!cached) {
      cached = parseProcess(definition.content).then(({ model, problems }) => {
        if (!model || hasModelErrors(problems)) {
          throw new RuntimeError(
            'definition.invalid',
            'internal',
            `deployed process ${definition.key} v${definition.version} no longer reads`,
          );
        }
        return model;
      });
      cached.catch(() => processCache.delete(definition.id));
      processCache.set(definition.id, cached);
    }
    return cached;
  }

  /** The decision tables a model's business rule tasks name, at their latest version. */
  async decisionTables(model: ProcessModel): Promise<Map<string, DecisionTable>> {
    const tables = new Map<string, DecisionTable>();
    for (const key of referencesOf(model).decisions) {
      const table = await this.latestJson<DecisionTable>('decision', key);
      if (table) tables.set(key, table);
    }
    return tables;
  }

  /** A business calendar by name: built in (`cn-workdays`) or a deployed calendar definition. */
  async calendars(model: ProcessModel): Promise<Map<string, BusinessCalendar>> {
    const calendars = new Map<string, BusinessCalendar>();
    for (const name of referencesOf(model).calendars) {
      const calendar = (await this.latestJson<BusinessCalendar>('calendar', name)) ?? builtInCalendar(name);
      if (calendar) calendars.set(name, calendar);
    }
    return calendars;
  }

  /** Keys of the active dictionaries. */
  private async dictionaryKeys(): Promise<string[]> {
    const rows = await this.em
      .fork()
      .execute<{ key: string }[]>(
        `select distinct key from definition where kind = 'dictionary' and status = 'active'`,
      );
    return rows.map((row) => row.key);
  }

  private latestJson<T>(kind: DefinitionKind, key: string): Promise<T | undefined> {
    const cacheKey = `${kind}:${key}`;
    const hit = this.latest.get(cacheKey);
    if (hit && Date.now() - hit.at < LATEST_TTL_MS) return hit.value as Promise<T | undefined>;
    const value = this.em
      .fork()
      .findOne(Definition, { kind, key, status: 'active' }, { orderBy: { version: 'desc' } })
      .then((row) => (row ? (JSON.parse(row.content) as T) : undefined));
    this.latest.set(cacheKey, { at: Date.now(), value });
    return value;
  }
}
