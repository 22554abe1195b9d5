import { SelectEntry } from '@bpmn-io/properties-panel';
import { h } from '@bpmn-io/properties-panel/preact';
import { createElement } from 'react';
import { RuleBuilder } from '../../../rules/RuleBuilder';
import type { JsonLogicRule } from '../../../rules/rule-builder.types';
import { anxinAttribute, setAnxinAttributes } from './anxin-attributes';
import { type DiagramElement, label, locale, useFactory, useFlowContext, useRunCommands } from './flow-panel-context';
import { declaredVariables, processRuleFields } from './process-variables';
import {
  readAllowRevoke,
  readTicket,
  readVariables,
  setAllowRevoke,
  setTicket,
  setVariables,
} from './process-properties';
import { ReactEntry } from './react-entry';
import { TicketEditor } from './TicketEditor';
import { VariablesEditor } from './VariablesEditor';

interface EntryProps {
  id: string;
  element: DiagramElement;
}

/** The revoke condition as a rule; text that is not a JSON rule stays text (shown, never rewritten here). */
function parseRule(text: string): JsonLogicRule | undefined {
  if (text.trim() === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'boolean' || (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
      ? (parsed as JsonLogicRule)
      : undefined;
  } catch {
    return undefined;
  }
}

export function AllowRevokeEntry({ id, element }: EntryProps) {
  const run = useRunCommands();
  const bo = element.businessObject;
  return h(SelectEntry, {
    id,
    element,
    label: label('panel.allowRevoke'),
    getValue: () => (readAllowRevoke(bo) ? 'true' : 'false'),
    setValue: (value: string) => run(setAllowRevoke(element, bo, value === 'true')),
    getOptions: () => [
      { value: 'true', label: label('panel.allowRevoke.true') },
      { value: 'false', label: label('panel.allowRevoke.false') },
    ],
  });
}

export function RevokeConditionEntry({ id, element }: EntryProps) {
  const run = useRunCommands();
  const context = useFlowContext();
  const bo = element.businessObject;
  if (!readAllowRevoke(bo)) return null;
  const text = anxinAttribute(bo, 'revokeCondition');
  const rule = parseRule(text);
  const fields = processRuleFields({
    processKey: context.processKey,
    variables: declaredVariables(bo),
    forms: context.forms,
    locale: locale(),
  });
  return h(ReactEntry, {
    id,
    render: () =>
      createElement(
        'div',
        null,
        createElement('div', null, label('panel.revokeCondition')),
        createElement('div', { className: 'anxin-panel-hint' }, label('panel.revokeConditionHint')),
        text &&
          !rule &&
          createElement('div', { className: 'anxin-panel-error' }, label('panel.conditionUnreadable', { text })),
        createElement(RuleBuilder, {
          value: rule,
          fields,
          testId: 'revoke-rule-builder',
          onChange: (next) =>
            run([
              setAnxinAttributes(element, bo, {
                revokeCondition: next === undefined ? undefined : JSON.stringify(next),
              }),
            ]),
        }),
      ),
  });
}

export function VariablesEntry({ id, element }: EntryProps) {
  const run = useRunCommands();
  const factory = useFactory();
  const process = element.businessObject;
  const variables = readVariables(process);
  return h(ReactEntry, {
    id,
    render: () =>
      createElement(VariablesEditor, {
        variables,
        onChange: (next) => run(setVariables({ element, process, variables: next, factory })),
      }),
  });
}

export function TicketEntry({ id, element }: EntryProps) {
  const run = useRunCommands();
  const factory = useFactory();
  const context = useFlowContext();
  const process = element.businessObject;
  const ticket = readTicket(process);
  return h(ReactEntry, {
    id,
    render: () =>
      createElement(TicketEditor, {
        ticket,
        dictionaries: context.dictionaries,
        onChange: (next) => run(setTicket({ element, process, ticket: next, factory })),
      }),
  });
}
