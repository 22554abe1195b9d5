import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('DefinitionProblem', { description: 'One finding about a definition.' })
export class DefinitionProblemObject {
  @Field(() => String, {
    description:
      'Where: a JSON Pointer into JSON content (`/fields/2/visibleIf`), an attribute of `elementId` for BPMN.',
  })
  path!: string;

  @Field(() => String, { description: 'Stable code, e.g. `json.malformed`, `key.mismatch`, `UNKNOWN_DICTIONARY`.' })
  code!: string;

  @Field(() => String, { description: "English, for the definition's author." })
  message!: string;

  @Field(() => String, { description: '`error` (refuses deployment), `warning` or `info`.' })
  severity!: string;

  @Field(() => String, { nullable: true, description: 'The BPMN element the problem is about.' })
  elementId?: string;
}
