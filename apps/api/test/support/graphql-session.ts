import { readFileSync } from 'node:fs';
import path from 'node:path';
import { workspaceRoot } from '@anxin/testing';
import { OrgSeeder } from '../../src/modules/seed/org-seeder.service';
import { parseSeedData, type SeedData } from '../../src/modules/seed/seed-data.schema';
import type { TestApp } from './test-app';

export interface GraphqlError {
  message: string;
  path?: string[];
  locations?: unknown;
  extensions?: Record<string, unknown> & { code?: string };
}

export interface GraphqlResult<T> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: GraphqlError[];
}

/** Cheap password hashing and a loose login limit: for suites that sign in a lot (not for the rate-limit test). */
export const FAST_AUTH_ENV = { PASSWORD_HASHING: 'test', AUTH_RATE_LIMIT: '1000' } as const;

/** POSTs a GraphQL operation over real HTTP, with a bearer token when given; answers status, headers and body. */
export async function gql<T>(
  baseUrl: string,
  query: string,
  options: { variables?: Record<string, unknown>; token?: string } = {},
): Promise<GraphqlResult<T>> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    },
    body: JSON.stringify({ query, variables: options.variables }),
  });
  const body = (await response.json()) as { data?: T | null; errors?: GraphqlError[] };
  return { status: response.status, headers: response.headers, ...body };
}

/** The codes of a result's errors, in order. */
export const codesOf = (result: GraphqlResult<unknown>) => (result.errors ?? []).map((e) => e.extensions?.code);

/** The org every API test app is seeded with (`SEED_FILE`, see test-app.ts). */
export const TEST_ORG_SEED = 'apps/api/test/fixtures/test-org.seed.json';

const demoSeed = JSON.parse(readFileSync(path.join(workspaceRoot, TEST_ORG_SEED), 'utf8')) as SeedData;

/** The password of a user of the test org (apps/api/test/fixtures/test-org.seed.json). */
export function demoPassword(username: string): string {
  const user = demoSeed.tenants.flatMap((t) => t.users).find((u) => u.username === username);
  if (!user) throw new Error(`no demo user ${username}`);
  return user.password;
}

export interface Session {
  token: string;
  refreshToken: string;
  userId: string;
}

export const LOGIN = `mutation Login($username: String!, $password: String!, $tenant: String) {
  login(username: $username, password: $password, tenant: $tenant) {
    token refreshToken expiresAt refreshExpiresAt user { id username displayName roles tenantId projectIds }
  }
}`;

type LoginData = { login: { token: string; refreshToken: string; user: { id: string } } };

/** Signs in (a demo user's documented password by default) and returns the tokens; fails the test otherwise. */
export async function login(
  baseUrl: string,
  username: string,
  options: { password?: string; tenant?: string } = {},
): Promise<Session> {
  const result = await gql<LoginData>(baseUrl, LOGIN, {
    variables: { username, password: options.password ?? demoPassword(username), tenant: options.tenant ?? null },
  });
  if (!result.data?.login) throw new Error(`login as ${username} failed: ${JSON.stringify(result.errors)}`);
  const { token, refreshToken, user } = result.data.login;
  return { token, refreshToken, userId: user.id };
}

/** Adds the tenants of a seed fixture (apps/api/test/fixtures/<name>.seed.json) to a running test app. */
export async function seedFixture(testApp: TestApp, name: string): Promise<void> {
  const file = path.join(workspaceRoot, 'apps/api/test/fixtures', `${name}.seed.json`);
  const data = parseSeedData(JSON.parse(readFileSync(file, 'utf8')));
  await testApp.app.get(OrgSeeder).apply(data);
}
