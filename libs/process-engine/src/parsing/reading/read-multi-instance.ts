import type { JsonLogicRule } from '@anxin/rules';
import type { MultiInstanceSpec } from '../../model/process-model.type';
import { bodyOf, childOf, flagOf, textOf, trimmedOf, type ModdleElement } from '../moddle-element';
import { readExpressionLanguage } from './read-expression-language';
import { report, type ReadContext } from './read-context';
import { readRuleText } from './read-rule-text';
import type { ElementInput } from './read-node-base';
import { reportUnsupported } from './report-unsupported';

const MI = 'multiInstanceLoopCharacteristics';

interface SpecInput {
  readonly loop: ModdleElement;
  readonly elementId: string;
}

function readCompletion({ loop, elementId }: SpecInput, ctx: ReadContext): JsonLogicRule | undefined {
  const condition = childOf(loop, 'completionCondition');
  if (condition === undefined) return undefined;
  const path = `${MI}/completionCondition`;
  if (!readExpressionLanguage({ expression: condition, elementId, path }, ctx)) return undefined;
  return readRuleText({ text: bodyOf(condition), elementId, path, what: 'The completion condition' }, ctx);
}

function readSpec({ loop, elementId }: SpecInput, ctx: ReadContext): MultiInstanceSpec {
  const collectionText = textOf(loop, 'collection');
  const collection =
    collectionText === undefined
      ? undefined
      : readRuleText(
          { text: collectionText, elementId, path: `${MI}/anxin:collection`, what: 'anxin:collection' },
          ctx,
        );
  const cardinalityElement = childOf(loop, 'loopCardinality');
  const cardinality =
    cardinalityElement === undefined
      ? undefined
      : readRuleText(
          { text: bodyOf(cardinalityElement), elementId, path: `${MI}/loopCardinality`, what: 'loopCardinality' },
          ctx,
        );
  if (collectionText === undefined && cardinalityElement === undefined) {
    const message = 'A multi-instance activity needs anxin:collection (a rule returning the items) or loopCardinality.';
    report(ctx, { code: 'multiInstance.missingCollection', elementId, path: MI, message });
  }
  const completionCondition = readCompletion({ loop, elementId }, ctx);
  return {
    sequential: flagOf(loop, 'isSequential') === true,
    elementVariable: trimmedOf(loop, 'elementVariable') ?? 'item',
    ...(collection !== undefined && { collection }),
    ...(cardinality !== undefined && { cardinality }),
    ...(completionCondition !== undefined && { completionCondition }),
  };
}

/** `<bpmn:multiInstanceLoopCharacteristics>` with anxin:collection / loopCardinality; standard loops are refused. */
export function readMultiInstance({ el, elementId }: ElementInput, ctx: ReadContext): MultiInstanceSpec | undefined {
  const loop = childOf(el, 'loopCharacteristics');
  if (loop === undefined) return undefined;
  if (loop.$type !== 'bpmn:MultiInstanceLoopCharacteristics') {
    reportUnsupported({ el, type: loop.$type, path: 'loopCharacteristics' }, ctx);
    return undefined;
  }
  return readSpec({ loop, elementId }, ctx);
}
