import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { DefinitionKind } from '@anxin/persistence';
import { Roles } from '../../common/auth/roles.decorator';
import { DefinitionsService } from './definitions.service';
import { DefinitionKindEnum } from './dtos/definition-kind.enum';
import { DefinitionProblemObject } from './dtos/definition-problem.object';
import { DefinitionVersionObject } from './dtos/definition-version.object';
import { DefinitionInput } from './dtos/definition.input';

const kindArg = { name: 'kind', type: () => DefinitionKindEnum } as const;

/**
 * Definitions: designers and admins validate and deploy; staff read every kind, owners forms and dictionaries.
 * Installation-wide for now (not per tenant).
 */
@Resolver(() => DefinitionVersionObject)
export class DefinitionsResolver {
  constructor(private readonly service: DefinitionsService) {}

  @Roles('admin', 'designer')
  @Query(() => [DefinitionProblemObject], {
    description: 'The problems of a definition, without deploying it; [] when there are none. Admins and designers.',
  })
  validateDefinition(@Args('input', { type: () => DefinitionInput }) input: DefinitionInput) {
    return this.service.validate(input);
  }

  @Roles('admin', 'designer')
  @Mutation(() => DefinitionVersionObject, {
    description:
      'Deploys a new version, or returns the existing one for identical content. Errors: DEFINITION_INVALID with extensions.problems, nothing stored. Admins and designers.',
  })
  deployDefinition(@Args('input', { type: () => DefinitionInput }) input: DefinitionInput) {
    return this.service.deploy(input);
  }

  @Query(() => [DefinitionVersionObject], {
    description: 'The latest version of each key of a kind (or of one key), by key. Staff; owners FORM and DICTIONARY.',
  })
  definitions(
    @Args(kindArg) kind: DefinitionKind,
    @Args('key', { type: () => String, nullable: true }) key?: string,
  ): Promise<DefinitionVersionObject[]> {
    return this.service.latest(kind, key ?? undefined);
  }

  @Query(() => DefinitionVersionObject, {
    description: 'One version (the latest when `version` is omitted), with its content; NOT_FOUND when absent.',
  })
  definition(
    @Args(kindArg) kind: DefinitionKind,
    @Args('key', { type: () => String }) key: string,
    @Args('version', { type: () => Int, nullable: true }) version?: number,
  ): Promise<DefinitionVersionObject> {
    return this.service.one(kind, key, version ?? undefined);
  }

  @Query(() => [DefinitionVersionObject], { description: 'Every version of one definition, newest first.' })
  definitionVersions(
    @Args(kindArg) kind: DefinitionKind,
    @Args('key', { type: () => String }) key: string,
  ): Promise<DefinitionVersionObject[]> {
    return this.service.versions(kind, key);
  }

  @ResolveField(() => String, { description: 'The document: BPMN XML or JSON (read once per version in lists).' })
  content(@Parent() version: DefinitionVersionObject): Promise<string> | string {
    return version.content ?? this.service.contentOf(version.id);
  }
}
