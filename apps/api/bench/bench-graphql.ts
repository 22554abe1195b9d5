import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface GraphqlResponse<T> {
  readonly data?: T | null;
  readonly errors?: readonly { message: string; extensions?: { code?: string } }[];
}

/** POSTs one operation; throws on a transport failure or any GraphQL error (the benchmark measures no errors). */
export async function graphql<T>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphqlResponse<T>;
  if (body.errors?.length || !body.data)
    throw new Error(`GraphQL failed (${response.status}): ${JSON.stringify(body)}`);
  return body.data;
}

const LOGIN = `mutation($username: String!, $password: String!) {
  login(username: $username, password: $password) { token user { id } }
}`;

interface DemoUser {
  readonly username: string;
  readonly password: string;
}

const demoUsers = (
  JSON.parse(readFileSync(path.join(__dirname, '../test/fixtures/test-org.seed.json'), 'utf8')) as {
    tenants: { users: DemoUser[] }[];
  }
).tenants.flatMap((t) => t.users);

/** Signs a demo user in with his password in the test org (apps/api/test/fixtures/test-org.seed.json): his token and id. */
export async function loginDemoUser(baseUrl: string, username: string): Promise<{ token: string; userId: string }> {
  const user = demoUsers.find((u) => u.username === username);
  if (!user) throw new Error(`no demo user ${username}`);
  const data = await graphql<{ login: { token: string; user: { id: string } } }>(baseUrl, LOGIN, {
    username,
    password: user.password,
  });
  return { token: data.login.token, userId: data.login.user.id };
}
