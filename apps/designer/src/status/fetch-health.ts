export interface Health {
  status: string;
  database: string;
  version: string;
  installationId: string;
  installedAt: string;
}

const healthQuery = '{ health { status database version installationId installedAt } }';

/** Asks the API's GraphQL `health` query (same origin: the API serves this page). */
export async function fetchHealth(signal?: AbortSignal): Promise<Health> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: healthQuery }),
    ...(signal ? { signal } : {}),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const body = (await response.json()) as { data?: { health: Health }; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((error) => error.message).join('; '));
  if (!body.data) throw new Error('empty response');
  return body.data.health;
}
