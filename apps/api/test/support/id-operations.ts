import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLOutputType,
} from 'graphql';
import { workspaceRoot } from '@anxin/testing';

/** Where an operation names a record: an `ID` argument (or input field), or a string key from {@link STRING_KEYS}. */
export interface IdPosition {
  /** Argument path, e.g. `['id']` or `['filter', 'processInstanceId']`. */
  readonly path: readonly string[];
  readonly kind: 'id' | 'key';
}

export interface IdOperation {
  readonly type: 'query' | 'mutation';
  readonly name: string;
  readonly field: GraphQLField<unknown, unknown>;
  readonly positions: readonly IdPosition[];
}

/**
 * String arguments that identify a record, matched like ids (`operation.path`). A string argument whose name looks
 * like an identifier (…Id, …Number, …Key, …Code) must be listed here or in {@link NOT_RECORD_KEYS}.
 */
export const STRING_KEYS: ReadonlySet<string> = new Set([
  'ticket.number', // a ticket by its number
  'trackTicket.number', // public: anyone with number AND contact phone may track; without the phone: NOT_FOUND
  'tasks.filter.ticketNumber', // a ticket's tasks
  'tickets.filter.numberPrefix', // tickets by number prefix: a full number must not find another scope's ticket
  'auditLog.filter.targetId', // audit rows about one record, by its id as text
]);

/** String arguments that look like identifiers but name no record of anybody's scope, and why. */
export const NOT_RECORD_KEYS: ReadonlyMap<string, string> = new Map([
  ['*.requestId', "client-chosen idempotency key; scopedRequestId prefixes it with the caller's id"],
  ['submitForm.input.formKey', 'a definition key: definitions are shared by every tenant'],
  ['startProcess.input.processKey', 'a definition key: definitions are shared by every tenant'],
  ['startProcess.input.businessKey', "free text stored on the new instance, looked up by nobody's scope"],
  ['returnTask.targetElementId', 'a BPMN element of the task’s own process'],
  ['definition.key', 'a definition key: definitions are shared by every tenant (roles decide, tested apart)'],
  ['definitionVersions.key', 'a definition key: definitions are shared by every tenant'],
  ['definitions.key', 'a definition key: definitions are shared by every tenant'],
  ['validateDefinition.input.key', 'the key of content being checked: nothing is read or written'],
  ['deployDefinition.input.key', 'a definition key: deploying is a role question (admin, designer), tested apart'],
  ['runReport.key', 'a report definition key: shared by every tenant; rows are scoped (reports-scope.e2e)'],
  ['drillDown.key', 'a report definition key: shared by every tenant; tickets are scoped (reports-scope.e2e)'],
  ['exportReport.key', 'a report definition key: shared by every tenant; rows are scoped (reports-scope.e2e)'],
  ['dashboard.key', 'a dashboard definition key: shared by every tenant; widgets are scoped (reports-scope.e2e)'],
  [
    'reportParameterOptions.key',
    'a report definition key: shared by every tenant; options are scoped (report-parameters-languages.e2e)',
  ],
  [
    'dashboardParameterOptions.key',
    'a dashboard definition key: shared by every tenant; options are scoped (report-parameters-languages.e2e)',
  ],
]);

const LOOKS_LIKE_KEY = /(Id|Ids|number|Number|key|Key|code|Code)$/;

/** The committed schema (a test checks it matches the code), as `graphql` objects. */
export function loadCommittedSchema() {
  return buildSchema(readFileSync(path.join(workspaceRoot, 'apps/api/schema.gql'), 'utf8'));
}

/**
 * Every query and mutation that names a record, with where; `unclassified` lists string arguments that look like
 * identifiers but are in neither {@link STRING_KEYS} nor {@link NOT_RECORD_KEYS} (the matrix refuses to guess).
 */
export function idOperations(): { operations: IdOperation[]; unclassified: string[] } {
  const schema = loadCommittedSchema();
  const operations: IdOperation[] = [];
  const unclassified: string[] = [];
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const;
  for (const [type, root] of roots) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      const positions: IdPosition[] = [];
      const visit = (arg: GraphQLArgument | GraphQLInputField, prefix: readonly string[], depth: number) => {
        const at = [...prefix, arg.name];
        const named = getNamedType(arg.type);
        const dotted = [field.name, ...at].join('.');
        if (named.name === 'ID') positions.push({ path: at, kind: 'id' });
        else if (named.name === 'String' && STRING_KEYS.has(dotted)) positions.push({ path: at, kind: 'key' });
        else if (named.name === 'String' && LOOKS_LIKE_KEY.test(arg.name) && !isNotRecordKey(dotted, arg.name))
          unclassified.push(dotted);
        else if (isInputObjectType(named) && depth < 3)
          for (const inner of Object.values(named.getFields())) visit(inner, at, depth + 1);
      };
      for (const arg of field.args) visit(arg, [], 0);
      if (positions.length > 0) operations.push({ type, name: field.name, field, positions });
    }
  }
  return { operations, unclassified };
}

const isNotRecordKey = (dotted: string, name: string) =>
  NOT_RECORD_KEYS.has(dotted) || NOT_RECORD_KEYS.has(`*.${name}`);

/** Thrown when the matrix cannot build an argument: the message says how to teach it. */
export class MissingArgumentBuilder extends Error {}

/** How to fill the arguments of a call: the position under test, ids of the caller's own records, other values. */
export interface CallPlan {
  readonly position: IdPosition;
  readonly value: string;
  /** Required ID arguments other than the tested one, by argument name (`id`, `toUserId`…). */
  readonly fillers: Readonly<Record<string, string>>;
  /** Non-ID arguments that need a particular value, by `operation.path` (others get a generic value). */
  readonly builders: Readonly<Record<string, () => unknown>>;
}

let sequence = 0;

/** The GraphQL document and variables calling `op` as `plan` says. */
export function buildCall(op: IdOperation, plan: CallPlan): { query: string; variables: Record<string, unknown> } {
  const variables: Record<string, unknown> = {};
  const declared: string[] = [];
  const passed: string[] = [];
  for (const arg of op.field.args) {
    const value = buildValue(op, arg.type, [arg.name], plan);
    if (value === undefined) continue;
    variables[arg.name] = value;
    declared.push(`$${arg.name}: ${String(arg.type)}`);
    passed.push(`${arg.name}: $${arg.name}`);
  }
  const vars = declared.length > 0 ? `(${declared.join(', ')})` : '';
  const args = passed.length > 0 ? `(${passed.join(', ')})` : '';
  return { query: `${op.type}${vars} { ${op.name}${args} ${selectionOf(op.field.type)} }`, variables };
}

function buildValue(op: IdOperation, type: GraphQLInputType, at: readonly string[], plan: CallPlan): unknown {
  const required = isNonNullType(type);
  const inner = isNonNullType(type) ? type.ofType : type;
  const dotted = [op.name, ...at].join('.');
  const name = at[at.length - 1] ?? '';
  const wrap = (value: unknown) => (isListType(inner) ? [value] : value);
  if (at.join('.') === plan.position.path.join('.')) return wrap(plan.value);
  const builder = plan.builders[dotted];
  if (builder) return builder();
  const named = getNamedType(inner);
  const containsTested = plan.position.path.join('.').startsWith(`${at.join('.')}.`);
  if (!required && !containsTested) return undefined;
  if (named.name === 'ID') {
    const filler = plan.fillers[name];
    if (filler === undefined)
      throw new MissingArgumentBuilder(
        `${dotted}: no in-scope id to fill it with while another argument is tested; add "${name}" to ID_FILLERS in apps/api/test/e2e/authorization-matrix.e2e.spec.ts`,
      );
    return wrap(filler);
  }
  if (isInputObjectType(named)) {
    const object: Record<string, unknown> = {};
    for (const field of Object.values(named.getFields())) {
      const value = buildValue(op, field.type, [...at, field.name], plan);
      if (value !== undefined) object[field.name] = value;
    }
    return wrap(object);
  }
  if (isEnumType(named)) return wrap(named.getValues()[0]?.value);
  const generic: Record<string, () => unknown> = {
    String: () => `matrix-${(sequence += 1)}`,
    Int: () => 1,
    Float: () => 1,
    Boolean: () => false,
    JSON: () => ({}),
  };
  const make = generic[named.name];
  if (!make)
    throw new MissingArgumentBuilder(
      `${dotted}: no value for a required ${named.name}; add "${dotted}" to ARG_BUILDERS in apps/api/test/e2e/authorization-matrix.e2e.spec.ts`,
    );
  return wrap(make());
}

/** Scalars and lists of the result, so that a leak shows in the answer: `{ __typename id status items { … } }`. */
function selectionOf(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  const parts = ['__typename'];
  for (const field of Object.values(named.getFields())) {
    if (field.args.length > 0) continue;
    const fieldType = getNamedType(field.type);
    if (isLeafType(fieldType)) parts.push(field.name);
    else if (isListType(isNonNullType(field.type) ? field.type.ofType : field.type))
      parts.push(`${field.name} { __typename }`);
  }
  return `{ ${parts.join(' ')} }`;
}
