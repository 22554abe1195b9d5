import { graphqlRequest } from '@anxin/testing';
import { type TestApp, startTestApp } from '../support/test-app';

describe('health over HTTP', () => {
  let testApp: TestApp;
  let baseUrl: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    baseUrl = testApp.baseUrl;
  });

  afterAll(() => testApp?.close());

  it('should answer the health query with ok for server and database', async () => {
    // Given a started app on a migrated database, when querying health over HTTP
    const response = await graphqlRequest<{
      health: { status: string; database: string; version: string; installationId: string };
    }>(baseUrl, '{ health { status database version installationId } }');
    // Then both are ok and the installation has an id
    expect(response.errors).toBeUndefined();
    expect(response.data?.health).toEqual({
      status: 'ok',
      database: 'ok',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      installationId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
  });

  it('should report liveness on /health and readiness on /ready', async () => {
    // When probing, then both answer 200 with the database reachable
    const live = await fetch(`${baseUrl}/health`);
    const ready = await fetch(`${baseUrl}/ready`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', database: 'ok' });
  });

  it('should expose default process metrics in the Prometheus format on /metrics', async () => {
    const response = await fetch(`${baseUrl}/metrics`);
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(text).toMatch(/^# TYPE anxin_process_cpu_user_seconds_total counter$/m);
  });

  it('should serve the designer for client-side routes but never shadow the API paths', async () => {
    // Given the built designer, when a browser asks for a deep link and for an unknown probe-like path
    const deepLink = await fetch(`${baseUrl}/tickets/42`, { headers: { accept: 'text/html' } });
    const metrics = await fetch(`${baseUrl}/metrics`, { headers: { accept: 'text/html' } });
    // Then the deep link gets the app shell and /metrics still answers with metrics
    expect(deepLink.status).toBe(200);
    expect(await deepLink.text()).toContain('<div id="root"></div>');
    expect(await metrics.text()).toContain('# TYPE');
  });

  it('should say not ready (503) once the database is gone', async () => {
    // Given the database is dropped under the running app
    await testApp.database.drop();
    // When probing readiness, then the app says so instead of failing
    const ready = await fetch(`${baseUrl}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'not ready', database: 'unavailable' });
  });
});
