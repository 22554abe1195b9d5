import { Inject, Injectable } from '@nestjs/common';
import { STAFF_ROLES, type DefinitionKind } from '@anxin/persistence';
import { ActorContext } from '../../common/context/actor-context.service';
import { AppError } from '../../common/errors/app-error';
import { type AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.module';
import {
  DefinitionRegistry,
  type DefinitionContent,
  type DefinitionProblem,
  type DefinitionSummary,
} from '../../engine-runtime/definition-registry.service';
import { GRAPHQL_NAME_BY_KIND } from './dtos/definition-kind.enum';
import type { DefinitionVersionObject } from './dtos/definition-version.object';

const KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_KEY_LENGTH = 100;
/** Owners fill forms: they may read forms and the dictionaries their options come from, nothing else. */
const OWNER_READABLE: ReadonlySet<DefinitionKind> = new Set(['form', 'dictionary']);

const versionOf = (definition: DefinitionSummary & { content?: string }): DefinitionVersionObject => ({
  id: definition.id,
  key: definition.key,
  kind: definition.kind,
  version: definition.version,
  checksum: definition.checksum,
  createdAt: definition.createdAt,
  ...(definition.createdBy ? { createdBy: definition.createdBy } : {}),
  ...(definition.content === undefined ? {} : { content: definition.content }),
});

/**
 * Definitions through the API: the input's limits (key, size) and who may read which kind, in front of the
 * registry that checks, versions and stores them. Definitions are installation-wide (not per tenant) for now.
 */
@Injectable()
export class DefinitionsService {
  constructor(
    private readonly registry: DefinitionRegistry,
    private readonly actors: ActorContext,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  validate(input: DefinitionContent): Promise<DefinitionProblem[]> {
    this.assertAcceptable(input);
    return this.registry.validate(input);
  }

  async deploy(input: DefinitionContent): Promise<DefinitionVersionObject> {
    this.assertAcceptable(input);
    const result = await this.registry.deploy({ ...input, actor: this.actors.require().userId });
    return { ...versionOf(result.definition), created: result.created, problems: [...result.problems] };
  }

  async latest(kind: DefinitionKind, key?: string): Promise<DefinitionVersionObject[]> {
    this.assertReadable(kind);
    return (await this.registry.latestVersions(kind, key)).map(versionOf);
  }

  async versions(kind: DefinitionKind, key: string): Promise<DefinitionVersionObject[]> {
    this.assertReadable(kind);
    return (await this.registry.versions(kind, key)).map(versionOf);
  }

  /** One version with its content: the latest active one when `version` is not given. NOT_FOUND otherwise. */
  async one(kind: DefinitionKind, key: string, version?: number): Promise<DefinitionVersionObject> {
    this.assertReadable(kind);
    return versionOf(await this.registry.findDefinition(kind, key, version));
  }

  contentOf(id: string): Promise<string> {
    return this.registry.contentOf(id);
  }

  private assertAcceptable(input: DefinitionContent): void {
    if (input.key.length > MAX_KEY_LENGTH || !KEY.test(input.key)) {
      throw AppError.invalidInput('input.key', `A key is kebab-case (a-z, 0-9, -), at most ${MAX_KEY_LENGTH} long`);
    }
    const bytes = Buffer.byteLength(input.content, 'utf8');
    if (bytes > this.config.definitionMaxBytes)
      throw AppError.definitionTooLarge(bytes, this.config.definitionMaxBytes);
  }

  private assertReadable(kind: DefinitionKind): void {
    const actor = this.actors.require();
    if (actor.roles.some((role) => STAFF_ROLES.includes(role)) || OWNER_READABLE.has(kind)) return;
    throw new AppError(
      'auth.roleRequired',
      'forbidden',
      `Reading ${GRAPHQL_NAME_BY_KIND[kind]} definitions needs a staff role; owners read FORM and DICTIONARY only`,
    );
  }
}
