import { codesOf, FAST_AUTH_ENV, gql, login } from '../support/graphql-session';
import { workflowCounts } from '../support/scope-records';
import { type TestApp, startTestApp } from '../support/test-app';
import { demoIds, deployTicketFlow } from '../support/workflow-fixtures';

/**
 * Bad input to the workflow operations: every case answers a coded error and stores nothing (rows of submission,
 * process_instance, ticket, user_task and command_request counted in the database before and after). The generic
 * limits (2 MB body, depth, aliases, tokens, batching, a wrong type on a picker) are in hardening.e2e.spec.ts.
 */

const SUBMIT = `mutation($input: SubmitFormInput!) { submitForm(input: $input) { id processInstanceId ticketNumber } }`;
const START = `mutation($input: StartProcessInput!) { startProcess(input: $input) { id } }`;
const COMPLETE = `mutation($id: ID!, $data: JSON) { completeTask(id: $id, data: $data) { processStatus } }`;

interface BadCase {
  readonly name: string;
  readonly user: 'owner' | 'agent' | 'engineer';
  readonly query: string;
  readonly variables: (ctx: { request: Record<string, unknown>; taskId: string }) => Record<string, unknown>;
  readonly code: string;
  /** `extensions.field` of the error, when it names one. */
  readonly field?: string;
}

const submit = (input: Record<string, unknown>) => ({ input: { formKey: 'ticket-request', requestId: 'r', ...input } });

const CASES: BadCase[] = [
  {
    name: 'submitForm with data a string, not a JSON object',
    user: 'owner',
    query: SUBMIT,
    variables: () => submit({ data: 'projectId=1&unitId=2' }),
    code: 'BAD_USER_INPUT',
    field: 'input.data',
  },
  {
    name: 'submitForm with data an array',
    user: 'owner',
    query: SUBMIT,
    variables: ({ request }) => submit({ data: [request] }),
    code: 'BAD_USER_INPUT',
    field: 'input.data',
  },
  {
    name: 'submitForm with a number as requestId (String!)',
    user: 'owner',
    query: SUBMIT,
    variables: ({ request }) => submit({ data: request, requestId: 42 }),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'submitForm without formKey',
    user: 'owner',
    query: SUBMIT,
    variables: ({ request }) => ({ input: { data: request, requestId: 'r' } }),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'submitForm with an empty requestId',
    user: 'owner',
    query: SUBMIT,
    variables: ({ request }) => submit({ data: request, requestId: '  ' }),
    code: 'BAD_USER_INPUT',
    field: 'input.requestId',
  },
  {
    name: 'submitForm of an unknown form key',
    user: 'owner',
    query: SUBMIT,
    variables: ({ request }) => submit({ formKey: 'no-such-form', data: request }),
    code: 'NOT_FOUND',
    field: 'input.formKey',
  },
  {
    name: 'startProcess with variables a string',
    user: 'agent',
    query: START,
    variables: () => ({ input: { processKey: 'ticket-flow', requestId: 'r', variables: 'kind=door' } }),
    code: 'BAD_USER_INPUT',
    field: 'input.variables',
  },
  {
    name: 'startProcess of an unknown process key',
    user: 'agent',
    query: START,
    variables: ({ request }) => ({ input: { processKey: 'no-such-process', requestId: 'r', variables: request } }),
    code: 'NOT_FOUND',
  },
  {
    name: 'completeTask with data a string',
    user: 'engineer',
    query: COMPLETE,
    variables: ({ taskId }) => ({ id: taskId, data: 'cost=100' }),
    code: 'BAD_USER_INPUT',
    field: 'data',
  },
  {
    name: 'completeTask with an id that is no UUID',
    user: 'engineer',
    query: COMPLETE,
    variables: () => ({ id: 'task-1', data: { cost: 100 } }),
    code: 'BAD_USER_INPUT',
    field: 'id',
  },
  {
    name: 'transferTask to a user id that is no UUID',
    user: 'engineer',
    query: `mutation($id: ID!, $to: ID!) { transferTask(id: $id, toUserId: $to) { processStatus } }`,
    variables: ({ taskId }) => ({ id: taskId, to: 'engineer2' }),
    code: 'BAD_USER_INPUT',
    field: 'toUserId',
  },
  {
    name: 'revokeProcess with an instance id that is no UUID',
    user: 'owner',
    query: `mutation($id: ID!) { revokeProcess(processInstanceId: $id) { status } }`,
    variables: () => ({ id: '1; drop table ticket' }),
    code: 'BAD_USER_INPUT',
    field: 'processInstanceId',
  },
];

describe('bad input to forms, processes and tasks: coded errors, nothing stored', () => {
  let testApp: TestApp;
  const tokens: Record<string, string> = {};
  let request: Record<string, unknown>;
  let taskId = '';

  const post = (body: string, token: string) =>
    fetch(`${testApp.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body,
    });

  beforeAll(async () => {
    testApp = await startTestApp(FAST_AUTH_ENV);
    await deployTicketFlow(testApp);
    for (const name of ['owner', 'agent', 'engineer']) tokens[name] = (await login(testApp.baseUrl, name)).token;
    const ids = await demoIds(testApp);
    request = {
      projectId: ids.project('lakeside'),
      unitId: ids.unit('1-1-101'),
      category: 'door',
      description: '厨房水管漏水',
      phone: '13900000001',
    };
    // Given one valid ticket, whose handle task the engineer holds
    const submitted = await gql<{ submitForm: { ticketNumber: string } }>(testApp.baseUrl, SUBMIT, {
      token: tokens['owner'] ?? '',
      variables: submit({ data: request, requestId: 'valid-1' }),
    });
    const inbox = await gql<{ tasks: { items: { id: string }[] } }>(
      testApp.baseUrl,
      `query($n: String) { tasks(filter: { ticketNumber: $n }) { items { id } } }`,
      { token: tokens['engineer'] ?? '', variables: { n: submitted.data?.submitForm.ticketNumber } },
    );
    taskId = inbox.data?.tasks.items[0]?.id ?? '';
    expect(taskId).not.toBe('');
  });

  afterAll(() => testApp?.close());

  it.each(CASES)('should answer $name with $code and store nothing', async (bad) => {
    const before = await workflowCounts(testApp);
    // When the call is made
    const result = await gql(testApp.baseUrl, bad.query, {
      token: tokens[bad.user] ?? '',
      variables: bad.variables({ request, taskId }),
    });
    // Then one coded error (naming the argument where it can), no stack trace, and no row written
    expect(codesOf(result)).toEqual([bad.code]);
    if (bad.field) expect(result.errors?.[0]?.extensions).toMatchObject({ field: bad.field });
    expect(JSON.stringify(result.errors)).not.toMatch(/stacktrace|exception|\.ts:\d+|select |insert /i);
    expect(await workflowCounts(testApp)).toEqual(before);
  });

  it('should answer invalid form data with VALIDATION_FAILED and problems { path code message }, storing nothing', async () => {
    const before = await workflowCounts(testApp);
    // When the owner submits a request missing the category, with a short description and a landline-less phone
    const { category: _category, ...rest } = request;
    const result = await gql(testApp.baseUrl, SUBMIT, {
      token: tokens['owner'] ?? '',
      variables: submit({ data: { ...rest, description: '漏', phone: '12' }, requestId: 'invalid-1' }),
    });
    // Then VALIDATION_FAILED with one problem per field, each with a path, a code and a message
    expect(codesOf(result)).toEqual(['VALIDATION_FAILED']);
    const problems = result.errors?.[0]?.extensions?.['problems'] as { path: string; code: string; message: string }[];
    expect(problems.map((p) => p.path).sort()).toEqual(['data.category', 'data.description', 'data.phone']);
    for (const problem of problems)
      expect(problem).toMatchObject({
        path: expect.any(String),
        code: expect.any(String),
        message: expect.any(String),
      });
    expect(await workflowCounts(testApp)).toEqual(before);
  });

  it('should refuse a 10 MB submission with 413 and a coded JSON error, storing nothing', async () => {
    const before = await workflowCounts(testApp);
    // When the owner posts a form whose description is 10 MB
    const body = JSON.stringify({
      query: SUBMIT,
      variables: submit({ data: { ...request, description: '水'.repeat(3_400_000) }, requestId: 'huge-1' }),
    });
    const response = await post(body, tokens['owner'] ?? '');
    // Then 413 in GraphQL's error shape, before anything ran
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [
        { message: 'Request body over 1 MB', extensions: { code: 'BAD_USER_INPUT', reason: 'request.tooLarge' } },
      ],
    });
    expect(await workflowCounts(testApp)).toEqual(before);
  });

  it.each([
    ['a truncated submitForm', (q: string) => `{"query": ${JSON.stringify(q)}, "variables": {"input": {"formKey": `],
    ['a JSON string instead of an object', (q: string) => JSON.stringify(q)],
    ['variables that are a string', (q: string) => JSON.stringify({ query: q, variables: 'formKey=ticket-request' })],
  ])('should refuse %s with BAD_USER_INPUT, storing nothing', async (_name, body) => {
    const before = await workflowCounts(testApp);
    // When the owner posts a body that is no GraphQL request
    const response = await post(body(SUBMIT), tokens['owner'] ?? '');
    // Then 400 with a coded error, and nothing stored
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
    expect(await workflowCounts(testApp)).toEqual(before);
  });
});
