import { textIn } from '@anxin/form-engine';
import { SelectEntry, TextFieldEntry } from '@bpmn-io/properties-panel';
import { h } from '@bpmn-io/properties-panel/preact';
import { type AnxinAttribute, anxinAttribute, setAnxinAttributes } from './anxin-attributes';
import {
  type DiagramElement,
  label,
  locale,
  useDebounce,
  useFactory,
  useFlowContext,
  useRunCommands,
} from './flow-panel-context';
import { type ModdleElement, textOf } from './moddle-element.type';
import {
  APPROVAL_MODES,
  type ApprovalSpec,
  emptyApproverText,
  multiInstanceOf,
  readApproval,
  readEmptyApprover,
  setApproval,
  setFormKey,
} from './user-task-properties';

interface EntryProps {
  id: string;
  element: DiagramElement;
}

/** A text entry for one `anxin:` attribute of the element (or of `target`, e.g. its multi-instance). */
export function attributeEntry(
  name: AnxinAttribute,
  title: Parameters<typeof label>[0],
  hint?: Parameters<typeof label>[0],
) {
  return function AttributeEntry({ id, element }: EntryProps) {
    const run = useRunCommands();
    const debounce = useDebounce<string>();
    const bo = element.businessObject;
    return h(TextFieldEntry, {
      id,
      element,
      label: label(title),
      ...(hint ? { description: label(hint) } : {}),
      getValue: () => anxinAttribute(bo, name),
      setValue: (value: string) => run([setAnxinAttributes(element, bo, { [name]: value })]),
      debounce,
    });
  };
}

export function CollectionEntry({ id, element }: EntryProps) {
  const run = useRunCommands();
  const debounce = useDebounce<string>();
  const loop = multiInstanceOf(element.businessObject);
  if (!loop) return null;
  return h(TextFieldEntry, {
    id,
    element,
    label: label('panel.collection'),
    description: label('panel.collectionHint'),
    getValue: () => anxinAttribute(loop, 'collection'),
    setValue: (value: string) => run([setAnxinAttributes(element, loop, { collection: value })]),
    debounce,
  });
}

function outgoingFlows(bo: ModdleElement): ModdleElement[] {
  return (bo.get('outgoing') as ModdleElement[] | undefined) ?? [];
}

export function ApprovalModeEntry({ id, element }: EntryProps) {
  const run = useRunCommands();
  const factory = useFactory();
  const bo = element.businessObject;
  const current = readApproval(bo);
  return h(SelectEntry, {
    id,
    element,
    label: label('panel.approvalMode'),
    getValue: () => current?.mode ?? '',
    setValue: (mode: string) => {
      const approval: ApprovalSpec | undefined = mode ? { ...current, mode: mode as ApprovalSpec['mode'] } : undefined;
      run(setApproval({ element, bo, approval, factory }));
    },
    getOptions: () => [
      { value: '', label: label('panel.approval.none') },
      ...APPROVAL_MODES.map((mode) => ({ value: mode, label: label(`panel.approval.${mode}`) })),
    ],
  });
}

export function ApprovalRatioEntry({ id, element }: EntryProps) {
  const run = useRunCommands();
  const factory = useFactory();
  const debounce = useDebounce<string>();
  const bo = element.businessObject;
  const current = readApproval(bo);
  if (current?.mode !== 'ratio') return null;
  return h(TextFieldEntry, {
    id,
    element,
    label: label('panel.ratio'),
    getValue: () => current.ratio ?? '',
    setValue: (ratio: string) => run(setApproval({ element, bo, approval: { ...current, ratio }, factory })),
    debounce,
  });
}

export function RejectRouteEntry({ id, element }: EntryProps) {
  const run = useRunCommands();
  const factory = useFactory();
  const bo = element.businessObject;
  const current = readApproval(bo);
  if (!current) return null;
  return h(SelectEntry, {
    id,
    element,
    label: label('panel.onReject'),
    getValue: () => current.onReject ?? '',
    setValue: (onReject: string) => {
      const { onReject: _previous, ...rest } = current;
      run(setApproval({ element, bo, approval: onReject ? { ...rest, onReject } : rest, factory }));
    },
    getOptions: () => [
      { value: '', label: '' },
      { value: 'end', label: label('panel.onRejectEnd') },
      ...outgoingFlows(bo).map((flow) => ({
        value: flow.id ?? '',
        label: `${textOf(flow.get('name')) || (flow.id ?? '')} → ${textOf((flow.get('targetRef') as ModdleElement | undefined)?.get('name'))}`,
      })),
    ],
  });
}

export function EmptyApproverEntry({ id, element }: EntryProps) {
  const run = useRunCommands();
  const bo = element.businessObject;
  const policy = readEmptyApprover(bo);
  return h(SelectEntry, {
    id,
    element,
    label: label('panel.emptyApprover'),
    getValue: () => policy.kind,
    setValue: (kind: string) =>
      run([
        setAnxinAttributes(element, bo, {
          emptyApprover: emptyApproverText({
            kind: kind as typeof policy.kind,
            ...(policy.user ? { user: policy.user } : {}),
          }),
        }),
      ]),
    getOptions: () =>
      (['autoApprove', 'assignTo', 'escalate'] as const).map((kind) => ({
        value: kind,
        label: label(`panel.empty.${kind}`),
      })),
  });
}

export function EmptyApproverUserEntry({ id, element }: EntryProps) {
  const run = useRunCommands();
  const debounce = useDebounce<string>();
  const bo = element.businessObject;
  const policy = readEmptyApprover(bo);
  if (policy.kind !== 'assignTo') return null;
  return h(TextFieldEntry, {
    id,
    element,
    label: label('panel.emptyApproverUser'),
    getValue: () => policy.user ?? '',
    setValue: (user: string) =>
      run([setAnxinAttributes(element, bo, { emptyApprover: emptyApproverText({ kind: 'assignTo', user }) })]),
    debounce,
  });
}

export function InitiatorApproverEntry({ id, element }: EntryProps) {
  const run = useRunCommands();
  const bo = element.businessObject;
  return h(SelectEntry, {
    id,
    element,
    label: label('panel.initiatorApprover'),
    getValue: () => anxinAttribute(bo, 'initiatorApprover') || 'keep',
    setValue: (value: string) =>
      run([setAnxinAttributes(element, bo, { initiatorApprover: value === 'skip' ? 'skip' : undefined })]),
    getOptions: () => (['keep', 'skip'] as const).map((value) => ({ value, label: label(`panel.initiator.${value}`) })),
  });
}

export function FormKeyEntry({ id, element }: EntryProps) {
  const run = useRunCommands();
  const factory = useFactory();
  const context = useFlowContext();
  const bo = element.businessObject;
  const current = anxinAttribute(bo, 'formKey');
  const keys = context.forms.map((form) => form.key);
  return h(SelectEntry, {
    id,
    element,
    label: label('panel.formKey'),
    getValue: () => current,
    setValue: (formKey: string) => run(setFormKey({ element, bo, formKey, factory })),
    getOptions: () => [
      { value: '', label: label('panel.formNone') },
      // A key no deployed form has (yet) stays offered, so the select shows what the model says.
      ...(current && !keys.includes(current) ? [{ value: current, label: current }] : []),
      ...context.forms.map((form) => ({ value: form.key, label: `${textIn(form.title, locale())} (${form.key})` })),
    ],
  });
}

export function CalendarEntry(
  name: 'slaCalendar' | 'calendar',
  target: (element: DiagramElement) => ModdleElement | undefined,
) {
  return function CalendarSelect({ id, element }: EntryProps) {
    const run = useRunCommands();
    const context = useFlowContext();
    const bo = target(element);
    if (!bo) return null;
    const current = anxinAttribute(bo, name);
    return h(SelectEntry, {
      id,
      element,
      label: label('panel.calendar'),
      getValue: () => current,
      setValue: (value: string) => run([setAnxinAttributes(element, bo, { [name]: value })]),
      getOptions: () => [
        { value: '', label: label('panel.calendarNone') },
        ...[...new Set([...context.calendars, ...(current ? [current] : [])])].map((key) => ({
          value: key,
          label: key,
        })),
      ],
    });
  };
}
