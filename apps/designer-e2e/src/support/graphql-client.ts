import { DEMO_PASSWORD } from './designer-page';

/** A GraphQL answer: data, or coded errors. */
export interface GraphqlAnswer<T> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** GraphQL over HTTP as one demo user (signed in with the demo password); fails on any GraphQL error. */
export class GraphqlClient {
  private constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  static async login(baseUrl: string, username: string): Promise<GraphqlClient> {
    const answer = await post<{ login: { token: string } }>(baseUrl, undefined, {
      query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      variables: { u: username, p: DEMO_PASSWORD },
    });
    return new GraphqlClient(baseUrl, answer.login.token);
  }

  request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    return post<T>(this.baseUrl, this.token, { query, variables });
  }
}

async function post<T>(baseUrl: string, token: string | undefined, body: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as GraphqlAnswer<T>;
  if (answer.errors?.length || !answer.data) throw new Error(`GraphQL errors: ${JSON.stringify(answer.errors)}`);
  return answer.data;
}

/** Polls `read` until it gives a value (the worker's steps are asynchronous), for up to 30 s. */
export async function eventually<T>(what: string, read: () => Promise<T | undefined>): Promise<T> {
  const until = Date.now() + 30_000;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
