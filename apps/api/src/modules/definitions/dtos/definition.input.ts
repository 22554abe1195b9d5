import { Field, InputType } from '@nestjs/graphql';
import type { DefinitionKind } from '@anxin/persistence';
import { DefinitionKindEnum } from './definition-kind.enum';

@InputType('DefinitionInput', { description: 'A definition to validate or deploy.' })
export class DefinitionInput {
  @Field(() => DefinitionKindEnum)
  kind!: DefinitionKind;

  @Field(() => String, { description: 'Stable kebab-case key (e.g. `repair-request`); versions are numbered per key.' })
  key!: string;

  @Field(() => String, { description: 'The document: BPMN 2.0 XML for PROCESS, JSON for every other kind.' })
  content!: string;
}
