import { randomUUID } from 'node:crypto';
import { codesOf, FAST_AUTH_ENV, gql, login, seedFixture, type GraphqlResult } from '../support/graphql-session';
import {
  buildCall,
  idOperations,
  MissingArgumentBuilder,
  type IdOperation,
  type IdPosition,
} from '../support/id-operations';
import {
  deployTeamTicket,
  orgIds,
  outsidePools,
  startTeamTicket,
  workflowSnapshot,
  type OrgIds,
  type Pool,
  type TeamTicket,
} from '../support/scope-records';
import { type TestApp, startTestApp } from '../support/test-app';
import { deployTicketFlow } from '../support/workflow-fixtures';

/**
 * The authorization matrix, generated from the committed schema: every query and mutation that names a record (an
 * `ID` argument or input field, or a string key listed in STRING_KEYS of ../support/id-operations.ts), called by
 * every role with records outside that role's scope, must be refused (FORBIDDEN or NOT_FOUND; a list filtered by
 * such a record finds nothing) and must write nothing. A new operation is covered without editing this file; one the
 * matrix cannot build arguments for fails the first test with a message saying where to teach it.
 *
 * Records, created through the API as somebody else than the callers (`team-ticket`: the task goes to the ticket's
 * team only):
 *   L  lakeside, unit 1-1-101 (the demo owner's), lakeside's team   started by the demo admin
 *   H  hillside, unit 1-1-101 of hillside, hillside's team          started by the demo admin
 *   O  the other tenant's riverside, its team                        started by the other tenant's admin
 * Staff with both demo projects (designer, agent, supervisor, finance) and the demo admin see all of the demo
 * tenant: for them only the other tenant is outside.
 */

type Caller = { name: string; username: string; tenant?: string; password?: string };
const CALLERS: Caller[] = [
  ...['admin', 'designer', 'agent', 'engineer', 'engineer2', 'supervisor', 'finance', 'manager', 'owner'].map(
    (name) => ({ name, username: name, tenant: 'demo' }),
  ),
  { name: 'otherAdmin', username: 'admin', tenant: 'other', password: 'other-admin-pw' },
];

/** Required ID arguments besides the tested one get the caller's own record of that name. */
type Own = { self: string; ticket: TeamTicket };
const ID_FILLERS: Record<string, (own: Own) => string> = {
  id: (own) => own.ticket.taskId, // the operations with `id` and another id are task commands
  processInstanceId: (own) => own.ticket.instanceId,
  toUserId: (own) => own.self,
  userId: (own) => own.self,
  userIds: (own) => own.self,
  actorId: (own) => own.self,
};

/** Non-ID arguments needing a particular value, by `operation.path`; the rest get a generic value of their type. */
const ARG_BUILDERS: Record<string, () => unknown> = {
  // Tracking is public to whoever has the number and the contact phone: a phone no ticket was filed with.
  'trackTicket.phone': () => '13000000000',
};

const REFUSED = new Set(['FORBIDDEN', 'NOT_FOUND']);

/** What identifies an error to a client: code, reason and the argument it names. */
const errorsOf = (result: GraphqlResult<unknown>) =>
  (result.errors ?? []).map((e) => [e.extensions?.code, e.extensions?.['reason'], e.extensions?.['field']].join(' '));

/**
 * Why an answer is not a refusal, or undefined when it is one: FORBIDDEN or NOT_FOUND, a list that found nothing, or
 * another error (never INTERNAL) exactly like the one for an id that exists nowhere (`unknown`: e.g. BAD_USER_INPUT
 * "this step has a single signer", whoever the removed signer is).
 */
function leakOf(
  result: GraphqlResult<Record<string, unknown>>,
  op: IdOperation,
  unknown: () => Promise<GraphqlResult<unknown>>,
): Promise<string | undefined> | string | undefined {
  if ((result.errors ?? []).length > 0) {
    if (codesOf(result).every((code) => REFUSED.has(code ?? ''))) return undefined;
    if (codesOf(result).includes('INTERNAL')) return `answered ${JSON.stringify(result.errors)}`;
    return unknown().then((other) =>
      errorsOf(other).join() === errorsOf(result).join() && codesOf(other).length > 0
        ? undefined
        : `answered ${JSON.stringify(result.errors)}, not as for an unknown id: ${JSON.stringify(other.errors)}`,
    );
  }
  return isEmptyAnswer(result.data?.[op.name]) ? undefined : `answered data ${JSON.stringify(result.data)}`;
}

/** An empty list, or a page of empty lists with total 0. */
function isEmptyAnswer(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  const lists = value && typeof value === 'object' ? Object.values(value).filter(Array.isArray) : [];
  const total = (value as { total?: number } | undefined)?.total;
  return lists.length > 0 && lists.every((l) => l.length === 0) && (total === undefined || total === 0);
}

/** Runs `work` over `items`, `width` at a time. */
async function inParallel<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: width }, lane));
}

describe('authorization matrix: every operation naming a record × every role × records outside its scope', () => {
  let testApp: TestApp;
  const { operations, unclassified } = idOperations();
  const tokens: Record<string, string> = {};
  const own: Record<string, Own> = {};
  const outside: Record<string, Pool> = {};
  let records: { L: TeamTicket; H: TeamTicket; O: TeamTicket };

  const call = (caller: string, op: IdOperation, at: IdPosition, value: string) => {
    const mine = own[caller]!;
    const fillers = Object.fromEntries(Object.entries(ID_FILLERS).map(([name, fill]) => [name, fill(mine)]));
    const { query, variables } = buildCall(op, { position: at, value, fillers, builders: ARG_BUILDERS });
    return gql<Record<string, unknown>>(testApp.baseUrl, query, { token: tokens[caller] ?? '', variables });
  };

  beforeAll(async () => {
    testApp = await startTestApp({ ...FAST_AUTH_ENV, PUBLIC_RATE_LIMIT: '100000', ROLE: 'api' });
    await seedFixture(testApp, 'other-tenant');
    await deployTicketFlow(testApp);
    await deployTeamTicket(testApp);
    for (const c of CALLERS)
      tokens[c.name] = (
        await login(testApp.baseUrl, c.username, {
          ...(c.tenant && { tenant: c.tenant }),
          ...(c.password && { password: c.password }),
        })
      ).token;
    const demo = await orgIds(testApp, 'demo');
    const other = await orgIds(testApp, 'other');
    const ticketIn = (org: OrgIds, project: string, unit: string, phone: string) => ({
      projectId: org.project[project]!,
      unitId: org.unit[`${project}/${unit}`]!,
      team: org.team[project]!,
      phone,
    });
    records = {
      L: await startTeamTicket(testApp, tokens['admin']!, ticketIn(demo, 'lakeside', '1-1-101', '13900000011')),
      H: await startTeamTicket(testApp, tokens['admin']!, ticketIn(demo, 'hillside', '1-1-101', '13900000012')),
      O: await startTeamTicket(testApp, tokens['otherAdmin']!, ticketIn(other, 'riverside', '8-1-801', '13900000013')),
    };
    const pools = outsidePools({ demo, other, ...records });
    const inScope: Record<string, TeamTicket> = {
      engineer: records.L,
      manager: records.L,
      owner: records.L,
      otherAdmin: records.O,
    };
    for (const c of CALLERS) {
      outside[c.name] = pools[c.name] ?? pools['default']!;
      const self = c.name === 'otherAdmin' ? other.user['admin']! : demo.user[c.username]!;
      own[c.name] = { self, ticket: inScope[c.name] ?? records.H };
    }
  }, 120_000);

  afterAll(() => testApp?.close());

  it('should find the operations naming a record in the committed schema, and know how to call each', () => {
    // Given the committed schema, then every identifier-like string argument is classified
    if (unclassified.length > 0)
      throw new Error(
        `String arguments that look like record keys: ${unclassified.join(', ')}. Add each to STRING_KEYS (it names a record: the matrix will test it) or NOT_RECORD_KEYS (with why) in apps/api/test/support/id-operations.ts`,
      );
    // And the known operations are among those found (the walk over arguments and input fields works)
    expect(operations.map((o) => o.name)).toEqual(
      expect.arrayContaining([
        'processInstance',
        'task',
        'ticket',
        'tasks',
        'claimTask',
        'transferTask',
        'revokeProcess',
      ]),
    );
    // And every operation's arguments can be built for every position (else: how to teach it)
    const missing: string[] = [];
    const fillers = Object.fromEntries(
      Object.keys(ID_FILLERS).map((name) => [name, '00000000-0000-4000-8000-000000000000']),
    );
    for (const op of operations)
      for (const position of op.positions) {
        try {
          buildCall(op, { position, value: 'x', fillers, builders: ARG_BUILDERS });
        } catch (error) {
          if (!(error instanceof MissingArgumentBuilder)) throw error;
          missing.push(error.message);
        }
      }
    if (missing.length > 0) throw new Error(`The matrix cannot call:\n${missing.join('\n')}`);
  });

  it('should refuse every role every such operation on records outside its scope, writing nothing', async () => {
    // Given every table the workflow writes
    const before = await workflowSnapshot(testApp);
    // When every caller calls every operation with every record outside his scope at every position naming a record
    const cases = CALLERS.flatMap((c) =>
      operations.flatMap((op) =>
        op.positions.flatMap((at) =>
          (at.kind === 'id' ? outside[c.name]!.ids : outside[c.name]!.keys).map((value) => ({
            caller: c.name,
            op,
            at,
            value,
          })),
        ),
      ),
    );
    const failures: string[] = [];
    await inParallel(cases, 8, async ({ caller, op, at, value }) => {
      const unknown = () => call(caller, op, at, at.kind === 'id' ? randomUUID() : `TK${Date.now()}`);
      const leak = await leakOf(await call(caller, op, at, value), op, unknown);
      if (leak) failures.push(`${caller} ${op.name}(${at.path.join('.')}: ${value}) ${leak}`);
    });
    // Then each was refused, or found nothing, and nothing was written
    expect(failures).toEqual([]);
    expect(await workflowSnapshot(testApp)).toEqual(before);
    expect(cases.length).toBeGreaterThan(CALLERS.length * operations.length);
  }, 300_000);

  /** In scope, through the same builders: each role reads its own ticket's instance, diagram, task and ticket. */
  const READS: [operation: string, path: string, value: (t: TeamTicket) => string][] = [
    ['processInstance', 'id', (t) => t.instanceId],
    ['processDiagram', 'id', (t) => t.instanceId],
    ['task', 'id', (t) => t.taskId],
    ['ticket', 'number', (t) => t.number],
    ['tasks', 'filter.processInstanceId', (t) => t.instanceId],
    ['tasks', 'filter.ticketNumber', (t) => t.number],
    ['tickets', 'filter.numberPrefix', (t) => t.number],
  ];
  const inScope = (caller: string, operation: string, path: string, value: string) => {
    const op = operations.find((o) => o.name === operation);
    const at = op?.positions.find((p) => p.path.join('.') === path);
    if (!op || !at) throw new Error(`${operation}(${path}) is not in the matrix`);
    return call(caller, op, at, value);
  };

  it('should answer each role about its own records through the same calls (the matrix is not refusing everything)', async () => {
    const failures: string[] = [];
    for (const c of CALLERS)
      for (const [operation, path, value] of READS) {
        // When a role reads its own ticket through an operation of the matrix
        const result = await inScope(c.name, operation, path, value(own[c.name]!.ticket));
        // Then it gets the record
        if (result.errors || isEmptyAnswer(result.data?.[operation]))
          failures.push(`${c.name} ${operation}(${path}): ${JSON.stringify(result.errors ?? result.data)}`);
      }
    expect(failures).toEqual([]);
  });

  it('should run task and process commands in scope through the same calls', async () => {
    // When lakeside's engineer claims his team's task, the demo admin urges his own ticket's task,
    // and the other admin revokes his own instance
    const claim = await inScope('engineer', 'claimTask', 'id', records.L.taskId);
    const urge = await inScope('admin', 'urgeTask', 'id', records.H.taskId);
    const revoke = await inScope('otherAdmin', 'revokeProcess', 'processInstanceId', records.O.instanceId);
    // Then each is done
    expect([claim, urge, revoke].map((r) => r.errors)).toEqual([undefined, undefined, undefined]);
    expect(revoke.data?.['revokeProcess']).toMatchObject({ status: 'terminated' });
  });
});
