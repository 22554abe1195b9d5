import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileFixtures } from '../support/file-fixtures';
import { type FileErrorBody, uploadFile } from '../support/file-client';
import { FAST_AUTH_ENV, login } from '../support/graphql-session';
import { type TestApp, startTestApp } from '../support/test-app';

describe('POST /files rate limit', () => {
  let testApp: TestApp;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'anxin-files-limit-'));
    testApp = await startTestApp({ ...FAST_AUTH_ENV, DATA_DIR: dataDir, FILE_UPLOAD_RATE_LIMIT: '2' });
  });

  afterAll(async () => {
    await testApp?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('given a limit of 2 uploads a minute, when a third arrives from the same address, then 429 RATE_LIMITED', async () => {
    // Given a signed-in agent who uploaded twice
    const { token } = await login(testApp.baseUrl, 'agent');
    for (let i = 0; i < 2; i += 1) {
      expect((await uploadFile(testApp.baseUrl, fileFixtures.png(), { token })).status).toBe(201);
    }
    // When he uploads a third time
    const third = await uploadFile<FileErrorBody>(testApp.baseUrl, fileFixtures.png(), { token });
    // Then it is refused with the coded body
    expect(third).toEqual({
      status: 429,
      body: {
        code: 'RATE_LIMITED',
        reason: 'rate.limited',
        path: '',
        message: 'Too many requests: try again in a minute',
      },
    });
  });
});
