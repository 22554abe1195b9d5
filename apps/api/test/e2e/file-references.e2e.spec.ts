import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FAST_AUTH_ENV, gql, login, type Session } from '../support/graphql-session';
import { downloadFile, uploadFile } from '../support/file-client';
import { fileFixtures } from '../support/file-fixtures';
import { type TestApp, startTestApp } from '../support/test-app';
import { demoIds, deployTicketFlow } from '../support/workflow-fixtures';

const START = `mutation($input: StartProcessInput!) { startProcess(input: $input) { id ticketNumber } }`;

describe('files of work the caller sees', () => {
  let testApp: TestApp;
  let baseUrl: string;
  let agent: Session;
  let owner: Session;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'anxin-file-refs-'));

  beforeAll(async () => {
    testApp = await startTestApp({ ...FAST_AUTH_ENV, DATA_DIR: dataDir });
    baseUrl = testApp.baseUrl;
    await deployTicketFlow(testApp);
    [agent, owner] = await Promise.all([login(baseUrl, 'agent'), login(baseUrl, 'owner')]);
  });

  afterAll(async () => {
    await testApp?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("should let an owner read a staff upload once it is a photo of his unit's ticket, and not before", async () => {
    // Given a photo the agent uploaded
    const { body } = await uploadFile<{ id: string }>(baseUrl, fileFixtures.png(), {
      token: agent.token,
      name: 'leak.png',
    });
    // When the owner asks for it, then it does not exist for him
    expect((await downloadFile(baseUrl, body.id, owner.token)).status).toBe(404);
    // When the agent files a ticket for the owner's unit carrying the photo
    const ids = await demoIds(testApp);
    const started = await gql(baseUrl, START, {
      token: agent.token,
      variables: {
        input: {
          processKey: 'ticket-flow',
          requestId: 'phone-call-1',
          variables: { projectId: ids.project('lakeside'), unitId: ids.unit('1-1-101'), photos: [body.id] },
        },
      },
    });
    expect(started.errors).toBeUndefined();
    // Then the owner reads it
    expect((await downloadFile(baseUrl, body.id, owner.token)).status).toBe(200);
  });
});
