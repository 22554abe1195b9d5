import type { ApprovalMode, ApprovalSpec, MultiInstanceSpec } from '../../model/process-model.type';
import { extensionsOf, trimmedOf, type ModdleElement } from '../moddle-element';
import { report, type ReadContext } from './read-context';

const MODES: readonly ApprovalMode[] = ['all', 'any', 'sequential', 'ratio'];

export interface ApprovalInput {
  readonly el: ModdleElement;
  readonly elementId: string;
  readonly multiInstance: MultiInstanceSpec | undefined;
  readonly outgoing: readonly string[];
}

interface ApprovalReading extends ApprovalInput {
  readonly approval: ModdleElement;
  readonly mode: ApprovalMode;
}

function isMode(value: string | undefined): value is ApprovalMode {
  return (MODES as readonly (string | undefined)[]).includes(value);
}

function invalid(ctx: ReadContext, problem: { elementId: string; attribute: string; message: string }): void {
  const { elementId, attribute, message } = problem;
  const path = attribute === '' ? 'anxin:approval' : `anxin:approval/${attribute}`;
  report(ctx, { code: 'approval.invalid', elementId, path, message });
}

function readRatio({ approval, mode, elementId }: ApprovalReading, ctx: ReadContext): number | undefined {
  const text = trimmedOf(approval, 'ratio');
  if (mode !== 'ratio') {
    if (text !== undefined)
      invalid(ctx, { elementId, attribute: 'ratio', message: 'A ratio is only used in ratio mode.' });
    return undefined;
  }
  const ratio = text === undefined ? Number.NaN : Number(text);
  if (ratio > 0 && ratio <= 1) return ratio;
  const message =
    text === undefined
      ? 'Ratio mode needs a ratio (0 < ratio ≤ 1).'
      : `Ratio "${text}" must be a number with 0 < ratio ≤ 1.`;
  invalid(ctx, { elementId, attribute: 'ratio', message });
  return undefined;
}

function readOnReject({ approval, outgoing, elementId }: ApprovalReading, ctx: ReadContext): ApprovalSpec['onReject'] {
  const onReject = trimmedOf(approval, 'onReject');
  if (onReject === undefined) return undefined;
  if (onReject === 'end') return { kind: 'end' };
  if (outgoing.includes(onReject)) return { kind: 'flow', flowId: onReject };
  const message = `onReject "${onReject}" must be "end" or an outgoing sequence flow of "${elementId}".`;
  invalid(ctx, { elementId, attribute: 'onReject', message });
  return undefined;
}

function checkMultiInstance({ mode, multiInstance, elementId }: ApprovalReading, ctx: ReadContext): void {
  if (multiInstance === undefined) {
    const message = 'anxin:approval needs multiInstanceLoopCharacteristics: one instance per approver.';
    report(ctx, { code: 'approval.requiresMultiInstance', elementId, path: 'anxin:approval', message });
    return;
  }
  if ((mode === 'sequential') === multiInstance.sequential) return;
  const message =
    mode === 'sequential'
      ? 'Sequential approval needs isSequential="true" on the multi-instance.'
      : `Approval mode "${mode}" needs a parallel multi-instance (isSequential="false").`;
  invalid(ctx, { elementId, attribute: 'mode', message });
}

/** `<anxin:approval mode ratio onReject>` of a user task, checked against its multi-instance and outgoing flows. */
export function readApproval(input: ApprovalInput, ctx: ReadContext): ApprovalSpec | undefined {
  const { elementId } = input;
  const [approval, ...extra] = extensionsOf(input.el, 'anxin:Approval');
  if (approval === undefined) return undefined;
  if (extra.length > 0) invalid(ctx, { elementId, attribute: '', message: 'A user task takes one anxin:approval.' });
  const mode = trimmedOf(approval, 'mode');
  if (!isMode(mode)) {
    const message = `Approval mode "${mode ?? ''}" must be one of ${MODES.join(', ')}.`;
    invalid(ctx, { elementId, attribute: 'mode', message });
    return undefined;
  }
  const reading: ApprovalReading = { ...input, approval, mode };
  checkMultiInstance(reading, ctx);
  const ratio = readRatio(reading, ctx);
  const onReject = readOnReject(reading, ctx);
  return { mode, ...(ratio !== undefined && { ratio }), ...(onReject !== undefined && { onReject }) };
}
