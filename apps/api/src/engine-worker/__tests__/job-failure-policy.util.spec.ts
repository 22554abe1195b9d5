import { RuntimeError } from '../../engine-runtime/runtime-error';
import { JobFailure } from '../job-failure.error';
import { failureVerdict, isSettled } from '../job-failure-policy.util';

describe('failureVerdict', () => {
  const firstOfFive = { attempts: 1, max_attempts: 5 };
  const lastOfFive = { attempts: 5, max_attempts: 5 };

  it('should retry a technical failure before the final attempt', () => {
    // given a lost connection on the first of five attempts, then it is retried
    expect(failureVerdict(new Error('connection terminated'), firstOfFive)).toBe('retry');
  });

  it('should raise an incident for a technical failure on the final attempt', () => {
    expect(failureVerdict(new Error('connection terminated'), lastOfFive)).toBe('incident');
  });

  it('should raise an incident at once for a job that can never succeed', () => {
    // given an unknown action or a malformed payload, then no retry is spent on it
    expect(failureVerdict(JobFailure.unknownAction('fax'), firstOfFive)).toBe('incident');
    expect(failureVerdict(JobFailure.malformedPayload('anxin.fire-timer', 'timerId: missing'), firstOfFive)).toBe(
      'incident',
    );
  });

  it('should retry a transient engine error but not an engine refusal', () => {
    // given a revision race that kept losing (transient) and a rule that fails to evaluate (user)
    expect(failureVerdict(RuntimeError.revisionConflict('i-1', 25), firstOfFive)).toBe('retry');
    expect(failureVerdict(new RuntimeError('rule.failed', 'user', 'division by zero'), firstOfFive)).toBe('incident');
  });
});

describe('isSettled', () => {
  it('should treat an action that is gone, or an instance that ended, as work already done', () => {
    expect(isSettled(new RuntimeError('action.notFound', 'not-found', 'no pending service a-1'))).toBe(true);
    expect(isSettled(new RuntimeError('instance.notRunning', 'conflict', 'instance is completed'))).toBe(true);
    expect(isSettled(RuntimeError.instanceNotFound('i-1'))).toBe(false);
    expect(isSettled(new Error('boom'))).toBe(false);
  });
});
