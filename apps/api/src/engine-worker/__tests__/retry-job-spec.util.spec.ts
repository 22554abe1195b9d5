import { JOB } from '../../engine-runtime/step-plan';
import { HISTORY_RETENTION_JOB } from '../job-worker.type';
import { retryJobSpec } from '../retry-job-spec.util';

describe('retryJobSpec', () => {
  it('should give a retried job the key the engine gave it, so it stays unique', () => {
    // given the payloads the engine writes (step-plan.ts), then each job gets its own key back
    expect(retryJobSpec(JOB.fireTimer, { instanceId: 'i', timerId: 't-1' }, 5)).toEqual({
      jobKey: 'timer:t-1',
      maxAttempts: 25,
    });
    expect(retryJobSpec(JOB.runAction, { instanceId: 'i', actionId: 'a-1' }, 5)).toEqual({
      jobKey: 'action:a-1',
      maxAttempts: 5,
    });
    expect(retryJobSpec(JOB.startCall, { instanceId: 'i', actionId: 'a-2' }, 5)).toEqual({
      jobKey: 'action:a-2',
      maxAttempts: 5,
    });
    expect(retryJobSpec(JOB.completeCall, { instanceId: 'i', actionId: 'a-3' }, 5)).toEqual({
      jobKey: 'call-done:a-3',
      maxAttempts: 5,
    });
  });

  it('should tell the ordinary outbox run from the retry run', () => {
    expect(retryJobSpec(JOB.deliverOutbox, {}, 5).jobKey).toBe('outbox');
    expect(retryJobSpec(JOB.deliverOutbox, { retries: true }, 5).jobKey).toBe('outbox-retry');
    expect(retryJobSpec(HISTORY_RETENTION_JOB, {}, 5).jobKey).toBe(HISTORY_RETENTION_JOB);
  });

  it('should add an unknown job, or one whose payload lacks its id, without a key', () => {
    expect(retryJobSpec('somebody.else', { x: 1 }, 5)).toEqual({ jobKey: null, maxAttempts: 25 });
    expect(retryJobSpec(JOB.runAction, { instanceId: 'i' }, 5)).toEqual({ jobKey: null, maxAttempts: 5 });
  });
});
