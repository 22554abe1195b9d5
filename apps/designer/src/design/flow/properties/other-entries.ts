import { SelectEntry, TextFieldEntry } from '@bpmn-io/properties-panel';
import { h } from '@bpmn-io/properties-panel/preact';
import { createElement } from 'react';
import { RuleBuilder } from '../../../rules/RuleBuilder';
import {
  type DiagramElement,
  label,
  locale,
  useDebounce,
  useFactory,
  useFlowContext,
  useRunCommands,
} from './flow-panel-context';
import {
  type MappingType,
  readCondition,
  readMappings,
  readTimer,
  setCondition,
  setMappings,
  setTimer,
  TIMER_KINDS,
  type TimerKind,
  timerDefinitionOf,
} from './flow-properties';
import { FieldPermissionsEditor } from './FieldPermissionsEditor';
import { MappingsEditor } from './MappingsEditor';
import type { ModdleElement } from './moddle-element.type';
import { declaredVariables, processOf, processRuleFields } from './process-variables';
import { ReactEntry } from './react-entry';
import { anxinAttribute } from './anxin-attributes';
import { readFieldPermissions, setFieldPermission } from './user-task-properties';

interface EntryProps {
  id: string;
  element: DiagramElement;
}

export function ConditionEntry({ id, element }: EntryProps) {
  const run = useRunCommands();
  const factory = useFactory();
  const context = useFlowContext();
  const bo = element.businessObject;
  const source = bo.get('sourceRef') as ModdleElement | undefined;
  const isDefault = source?.get('default') === bo;
  const condition = readCondition(bo);
  const fields = processRuleFields({
    processKey: context.processKey,
    variables: declaredVariables(processOf(bo)),
    forms: context.forms,
    locale: locale(),
  });
  return h(ReactEntry, {
    id,
    render: () =>
      isDefault
        ? createElement('div', { className: 'anxin-panel-hint' }, label('panel.conditionDefault'))
        : createElement(
            'div',
            null,
            condition.kind === 'unreadable' &&
              createElement(
                'div',
                { className: 'anxin-panel-error' },
                label('panel.conditionUnreadable', { text: condition.text }),
              ),
            createElement(RuleBuilder, {
              value: condition.kind === 'rule' ? condition.rule : undefined,
              fields,
              testId: 'condition-rule-builder',
              onChange: (rule) => run(setCondition({ element, bo, rule, factory })),
            }),
          ),
  });
}

export function FieldPermissionsEntry({ id, element }: EntryProps) {
  const run = useRunCommands();
  const factory = useFactory();
  const context = useFlowContext();
  const bo = element.businessObject;
  const form = context.forms.find((candidate) => candidate.key === anxinAttribute(bo, 'formKey'));
  if (!form) return null;
  const permissions = readFieldPermissions(bo);
  return h(ReactEntry, {
    id,
    render: () =>
      createElement(FieldPermissionsEditor, {
        form,
        permissions,
        locale: locale(),
        onChange: (field, permission) => run(setFieldPermission({ element, bo, field, permission, factory })),
      }),
  });
}

export function mappingsEntry(type: MappingType) {
  return function MappingsEntry({ id, element }: EntryProps) {
    const run = useRunCommands();
    const factory = useFactory();
    const bo = element.businessObject;
    const mappings = readMappings(bo, type);
    return h(ReactEntry, {
      id,
      render: () =>
        createElement(MappingsEditor, {
          mappings,
          testId: id,
          onChange: (next) => run(setMappings({ element, bo, type, mappings: next, factory })),
        }),
    });
  };
}

export function TimerKindEntry({ id, element }: EntryProps) {
  const run = useRunCommands();
  const factory = useFactory();
  const timer = timerDefinitionOf(element.businessObject);
  if (!timer) return null;
  const spec = readTimer(timer);
  return h(SelectEntry, {
    id,
    element,
    label: label('panel.timerKind'),
    getValue: () => spec.kind,
    setValue: (kind: string) => run(setTimer({ element, timer, spec: { ...spec, kind: kind as TimerKind }, factory })),
    getOptions: () => TIMER_KINDS.map((kind) => ({ value: kind, label: label(`panel.timer.${kind}`) })),
  });
}

export function TimerBodyEntry({ id, element }: EntryProps) {
  const run = useRunCommands();
  const factory = useFactory();
  const debounce = useDebounce<string>();
  const timer = timerDefinitionOf(element.businessObject);
  if (!timer) return null;
  const spec = readTimer(timer);
  return h(TextFieldEntry, {
    id,
    element,
    label: label('panel.timerBody'),
    description: label('panel.timerHint'),
    getValue: () => spec.body,
    setValue: (body: string) => run(setTimer({ element, timer, spec: { ...spec, body }, factory })),
    debounce,
  });
}
