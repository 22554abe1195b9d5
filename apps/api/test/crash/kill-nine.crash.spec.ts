import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { workspaceRoot } from '@anxin/testing';
import { ConsistencyCheck } from '../../src/engine-runtime/consistency-check.service';
import { processFixture, startRuntime, type RuntimeHarness } from '../support/runtime-harness';
import { waitFor } from '../support/wait-for';
import { apiFixture, startWorker } from '../support/worker-harness';

function startLoad(databaseUrl: string): ChildProcess {
  return spawn(process.execPath, ['-r', './tools/register-ts.cjs', path.join(__dirname, 'lifecycle-load.main.ts')], {
    cwd: workspaceRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl, LOAD_CONCURRENCY: '8' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Resolves once the child reported at least `steps` steps; rejects if it exits first. */
function waitForSteps(child: ChildProcess, steps: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let errors = '';
    child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      const counts = [...chunk.toString().matchAll(/steps (\d+)/g)].map((m) => Number(m[1]));
      if (counts.some((n) => n >= steps)) resolve();
    });
    child.once('exit', (code) => reject(new Error(`load exited early (${code}): ${errors}`)));
  });
}

describe('a crash (SIGKILL) in the middle of a load', () => {
  let h: RuntimeHarness;

  beforeAll(async () => {
    h = await startRuntime();
    await h.definitions.deploy({ kind: 'process', key: 'repair-like', content: processFixture('repair-like.bpmn') });
    await h.definitions.deploy({ kind: 'process', key: 'late-fix', content: apiFixture('late-fix.bpmn') });
  });
  afterAll(() => h.close());

  it('should leave every instance consistent, fire every due timer after a restart, and let every instance finish', async () => {
    // given a child process running lifecycles with 8 in flight
    const child = startLoad(h.database.url);
    await waitForSteps(child, 300);

    // when it is killed with SIGKILL mid-way
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;

    // then the database is consistent: no half-written step, no duplicated or orphaned task
    const check = h.moduleRef.get(ConsistencyCheck);
    expect(await check.run()).toEqual([]);
    const [counts] = await h.rows<{ running: number; total: number }>(
      `select count(*) filter (where status = 'running')::int as running, count(*)::int as total from process_instance`,
    );
    expect(counts?.running).toBeGreaterThan(0);

    // and after a restart (a new runner on the same database) every due timer fires — also those whose jobs the
    // killed worker had locked, which the reaper hands over
    const restarted = await startWorker({ database: h.database });
    try {
      await waitFor(
        'every timer of the unworked tickets to have fired',
        async () => {
          const [left] = await h.rows<{ n: number }>(
            `select count(*)::int as n from process_instance i, jsonb_each(i.state->'timers') t
              where i.status = 'running' and i.definition_key = 'late-fix'`,
          );
          return left?.n === 0;
        },
        { timeoutMs: 30_000 },
      );
    } finally {
      await restarted.close();
    }
    expect(await check.run()).toEqual([]);
    const fired = await h.rows<{ fired: number }>(
      `select (select count(*) from history_event e where e.instance_id = i.id and e.type = 'timerFired')::int as fired
         from process_instance i where i.definition_key = 'late-fix'`,
    );
    expect(fired.length).toBeGreaterThan(0);
    expect(fired.every((row) => row.fired === 1)).toBe(true);

    // and every instance the crash interrupted runs to its end
    const running = await h.rows<{ id: string }>(`select id from process_instance where status = 'running'`);
    for (const { id } of running) {
      for (let state = await h.runtime.state(id); state.status === 'running'; state = await h.runtime.state(id)) {
        for (const task of Object.values(state.tasks)) {
          await h.runtime.execute(id, { type: 'approve', taskId: task.id, actor: task.assignee ?? 'anyone' });
        }
      }
    }
    expect(await h.rows(`select id from process_instance where status <> 'completed'`)).toEqual([]);
    expect(await check.run()).toEqual([]);
  });
});
