import { readFileSync } from 'node:fs';
import path from 'node:path';
import { workspaceRoot } from '@anxin/testing';
import { gql, type GraphqlResult } from './graphql-session';

/** The GraphQL names of the definition kinds. */
export type KindName =
  'FORM' | 'PROCESS' | 'DECISION_TABLE' | 'ASSIGNMENT' | 'CALENDAR' | 'DICTIONARY' | 'REPORT' | 'DASHBOARD' | 'DATASET';

export interface DefinitionInput {
  kind: KindName;
  key: string;
  content: string;
}

export interface DefinitionVersion {
  id: string;
  key: string;
  kind: KindName;
  version: number;
  checksum: string;
  createdAt: string;
  createdBy: string | null;
  created: boolean | null;
  problems: Problem[] | null;
  content?: string;
}

export interface Problem {
  path: string;
  code: string;
  message: string;
  severity?: string;
  elementId?: string | null;
}

const VERSION_FIELDS = 'id key kind version checksum createdAt createdBy';

const DEPLOY = `mutation Deploy($input: DefinitionInput!) {
  deployDefinition(input: $input) { ${VERSION_FIELDS} created problems { path code message severity elementId } }
}`;
const VALIDATE = `query Validate($input: DefinitionInput!) {
  validateDefinition(input: $input) { path code message severity elementId }
}`;
const LIST = `query List($kind: DefinitionKind!, $key: String) { definitions(kind: $kind, key: $key) { ${VERSION_FIELDS} } }`;
const ONE = `query One($kind: DefinitionKind!, $key: String!, $version: Int) {
  definition(kind: $kind, key: $key, version: $version) { ${VERSION_FIELDS} content }
}`;
const VERSIONS = `query Versions($kind: DefinitionKind!, $key: String!) {
  definitionVersions(kind: $kind, key: $key) { ${VERSION_FIELDS} content }
}`;

/** The definitions operations over HTTP as one signed-in user. */
export function definitionsApi(baseUrl: string, token: string) {
  return {
    deploy: (input: DefinitionInput): Promise<GraphqlResult<{ deployDefinition: DefinitionVersion }>> =>
      gql(baseUrl, DEPLOY, { token, variables: { input } }),
    validate: (input: DefinitionInput): Promise<GraphqlResult<{ validateDefinition: Problem[] }>> =>
      gql(baseUrl, VALIDATE, { token, variables: { input } }),
    list: (kind: KindName, key?: string): Promise<GraphqlResult<{ definitions: DefinitionVersion[] }>> =>
      gql(baseUrl, LIST, { token, variables: { kind, key: key ?? null } }),
    one: (kind: KindName, key: string, version?: number): Promise<GraphqlResult<{ definition: DefinitionVersion }>> =>
      gql(baseUrl, ONE, { token, variables: { kind, key, version: version ?? null } }),
    versions: (kind: KindName, key: string): Promise<GraphqlResult<{ definitionVersions: DefinitionVersion[] }>> =>
      gql(baseUrl, VERSIONS, { token, variables: { kind, key } }),
  };
}

const read = (relative: string) => readFileSync(path.join(workspaceRoot, relative), 'utf8');
const schemaExample = (schema: string) =>
  JSON.stringify(
    (JSON.parse(read(`definitions/schemas/${schema}.schema.json`)) as { examples: unknown[] }).examples[0],
  );

/** A small valid definition of each kind, under the key its content names. */
export const VALID_DEFINITIONS: Readonly<Record<KindName, DefinitionInput>> = {
  PROCESS: { kind: 'PROCESS', key: 'three-branches', content: read('apps/api/test/fixtures/three-branches.bpmn') },
  FORM: {
    kind: 'FORM',
    key: 'service-rating',
    content: read('libs/form-engine/test/fixtures/service-rating.form.json'),
  },
  DICTIONARY: {
    kind: 'DICTIONARY',
    key: 'repair-category',
    content: read('definitions/dictionaries/repair-category.dictionary.json'),
  },
  DECISION_TABLE: { kind: 'DECISION_TABLE', key: 'dispatch-team', content: schemaExample('decision-table') },
  ASSIGNMENT: { kind: 'ASSIGNMENT', key: 'repair-dispatch', content: schemaExample('assignment') },
  CALENDAR: { kind: 'CALENDAR', key: 'project-east', content: schemaExample('calendar') },
  // In this order: a report is checked against the deployed dataset, a dashboard against the deployed reports.
  DATASET: {
    kind: 'DATASET',
    key: 'tickets',
    content: JSON.stringify({
      key: 'tickets',
      name: '工单',
      source: { table: 'ticket', alias: 't' },
      scope: { project: 't.project_id' },
      drillKey: 't.instance_id',
      fields: [{ key: 'category', label: '类别', type: 'text', column: 't.category', role: 'dimension' }],
      measures: [{ key: 'tickets', label: '工单数', aggregate: 'count' }],
    }),
  },
  REPORT: {
    kind: 'REPORT',
    key: 'open-tickets',
    content: JSON.stringify({
      key: 'open-tickets',
      name: '未结工单',
      dataset: 'tickets',
      dimensions: [{ field: 'category' }],
      measures: ['tickets'],
      chart: { type: 'bar' },
    }),
  },
  DASHBOARD: {
    kind: 'DASHBOARD',
    key: 'ops-overview',
    content: JSON.stringify({
      key: 'ops-overview',
      name: '运营',
      widgets: [{ key: 'open', report: 'open-tickets', layout: { x: 0, y: 0, w: 12, h: 6 } }],
    }),
  },
};

/** The same definition, changed in a way every kind accepts (a description, or another assignee in the BPMN). */
export function changed(input: DefinitionInput): DefinitionInput {
  if (input.kind === 'PROCESS')
    return { ...input, content: input.content.replace('anxin:assignee="i"', 'anxin:assignee="j"') };
  const value = JSON.parse(input.content) as Record<string, unknown>;
  return { ...input, content: JSON.stringify({ ...value, description: '第二版' }) };
}

/** A BPMN fixture of the process engine's parsing tests. */
export const parsingFixture = (name: string) => read(`libs/process-engine/test/fixtures/parsing/${name}`);
