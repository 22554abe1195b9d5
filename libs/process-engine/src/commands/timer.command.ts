import { resolveEventGateway } from '../elements/event-based-gateway';
import { triggerBoundary } from '../elements/event-propagation';
import { emit, invariant, recordHistory, type StepContext } from '../engine/step-context';
import { nextCycle, scheduleTimer } from '../engine/timer-schedule';
import { tokenOf } from '../engine/token-ops';
import type { TimerState } from '../state/instance-state.type';
import type { FireTimerCommand } from './command.type';

/**
 * A due timer fires. Idempotent: a timer that is gone (its token moved on, or it already fired) does nothing.
 * Catch timers move their token on; boundary timers trigger their event (a cycle reschedules itself under a new
 * id); SLA timers notify the task's people.
 */
export function fireTimer(ctx: StepContext, command: FireTimerCommand): 'noop' | void {
  const timer = ctx.state.timers[command.timerId];
  if (!timer) return 'noop';
  delete ctx.state.timers[timer.id];
  const token = tokenOf(ctx, timer.tokenId);
  recordHistory(ctx, 'timerFired', {
    elementId: timer.elementId,
    details: { timerId: timer.id, purpose: timer.purpose },
  });
  switch (timer.purpose) {
    case 'catch':
      if (ctx.model.elements[token.elementId]?.type === 'eventBasedGateway') {
        return resolveEventGateway(ctx, token.id, timer.elementId);
      }
      ctx.queue.push({ kind: 'leave', tokenId: token.id });
      return;
    case 'boundary':
      return fireBoundaryTimer(ctx, timer);
    case 'sla':
      return notifySla(ctx, timer);
  }
}

function fireBoundaryTimer(ctx: StepContext, timer: TimerState): void {
  const boundary = ctx.model.elements[timer.elementId];
  invariant(boundary?.type === 'boundaryEvent', `timer ${timer.id} on a non-boundary ${timer.elementId}`);
  const owner = tokenOf(ctx, timer.tokenId);
  if (!boundary.interrupting) {
    const next = nextCycle(ctx, timer);
    if (next) {
      scheduleTimer(ctx, {
        tokenId: owner.id,
        elementId: boundary.id,
        purpose: 'boundary',
        due: next,
        ...(timer.calendar ? { calendar: timer.calendar } : {}),
      });
    }
  }
  triggerBoundary(ctx, owner, boundary);
}

function notifySla(ctx: StepContext, timer: TimerState): void {
  const tasks = Object.values(ctx.state.tasks).filter((t) => t.tokenId === timer.tokenId);
  for (const task of tasks) {
    const recipients = task.assignee ? [task.assignee] : [...task.candidateUsers];
    emit(ctx, {
      type: 'NotificationRequested',
      kind: 'sla',
      recipients,
      taskId: task.id,
      elementId: task.elementId,
      actor: ctx.actor,
    });
  }
}
