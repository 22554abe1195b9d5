import { createHash, randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Definition, type DefinitionKind } from '@anxin/persistence';
import { hasModelErrors, parseProcess, type ModelProblem, type ProcessModel } from '@anxin/process-engine';
import {
  checkCalendar,
  checkTable,
  cnWorkdaysCalendar,
  type BusinessCalendar,
  type DecisionTable,
  type RuleProblem,
} from '@anxin/rules';
import { RuntimeError } from './runtime-error';
import { StepDatabase } from './step-database';

export interface DefinitionProblem {
  readonly code: string;
  readonly path: string;
  readonly message: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly elementId?: string;
}

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
  found = { decisions: [...decisions], calendars: [...calendars] };
  referencesByModel.set(model, found);
  return found;
}
const LATEST_TTL_MS = 5_000;

function checksumOf(content: string): string {
  return createHash('sha256').update(content).digest('hex');
}

function jsonProblems(content: string, check: (value: unknown) => readonly RuleProblem[]): DefinitionProblem[] {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    return [{ code: 'json.malformed', path: '', message: (error as Error).message, severity: 'error' }];
  }
  return check(value).map((p) => ({ code: p.code, path: p.path, message: p.message, severity: p.severity }));
}

function modelProblems(problems: readonly ModelProblem[]): DefinitionProblem[] {
  return problems.map((p) => ({
    code: p.code,
    path: p.path,
    message: p.message,
    severity: p.severity,
    ...(p.elementId ? { elementId: p.elementId } : {}),
  }));
}

/**
 * Deploys and serves definitions. Versions are immutable and numbered per kind and key; the same content deployed
 * twice is one version. Process models are parsed once per version; decision tables and calendars are read at
 * their latest version (cached for a few seconds).
 */
@Injectable()
export class DefinitionRegistry {
  private readonly latest = new Map<string, { at: number; value: Promise<unknown> }>();

  constructor(
    private readonly em: EntityManager,
    private readonly steps: StepDatabase,
  ) {}

  /** Problems of a definition's content, without deploying it. */
  async validate(kind: DefinitionKind, content: string): Promise<DefinitionProblem[]> {
    switch (kind) {
      case 'process':
        return modelProblems((await parseProcess(content)).problems);
      case 'decision':
        return jsonProblems(content, (v) => checkTable(v));
      case 'calendar':
        return jsonProblems(content, (v) => checkCalendar(v));
      case 'form':
      case 'report':
      case 'assignment':
        // Their engines check them in their own issues; until then a definition must at least be JSON.
        return jsonProblems(content, () => []);
    }
  }

  async deploy(input: { kind: DefinitionKind; key: string; content: string; actor?: string }): Promise<DeployResult> {
    const problems = await this.validate(input.kind, input.content);
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
    return this.em.fork().transactional(async (em) => {
      await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`definition:${input.kind}:${input.key}`]);
      const same = await em.findOne(
        Definition,
        { kind: input.kind, key: input.key, checksum },
        { orderBy: { version: 'desc' } },
      );
      if (same) return { definition: same, created: false, problems };
      const last = await em.findOne(Definition, { kind: input.kind, key: input.key }, { orderBy: { version: 'desc' } });
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
