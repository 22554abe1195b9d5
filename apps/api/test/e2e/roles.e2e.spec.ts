import { type TestApp, startTestApp } from '../support/test-app';

describe('ROLE=worker', () => {
  let testApp: TestApp;
  let baseUrl: string;

  beforeAll(async () => {
    testApp = await startTestApp({ ROLE: 'worker' });
    baseUrl = testApp.baseUrl;
  });

  afterAll(() => testApp?.close());

  it('should serve the probes but neither GraphQL nor the designer', async () => {
    // Given a worker-only process, when probing and when asking for the API and the designer
    const ready = await fetch(`${baseUrl}/ready`);
    const graphql = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { status } }' }),
    });
    const designer = await fetch(`${baseUrl}/`, { headers: { accept: 'text/html' } });
    // Then only the probes answer
    expect(ready.status).toBe(200);
    expect(graphql.status).toBe(404);
    expect(designer.status).toBe(404);
  });
});
