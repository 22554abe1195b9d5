import { anxinAttribute, setAnxinAttributes } from './anxin-attributes';
import { extensionsOf, replaceExtensions } from './extension-elements';
import { type ElementFactory, type ModdleElement, type PanelCommand, update } from './moddle-element.type';

/** 会签 (all), 或签 (any), 依次 (sequential), 票签 (ratio): `<anxin:approval mode>`. */
export type ApprovalMode = 'all' | 'any' | 'sequential' | 'ratio';
export const APPROVAL_MODES: readonly ApprovalMode[] = ['all', 'any', 'sequential', 'ratio'];

export interface ApprovalSpec {
  mode: ApprovalMode;
  /** 0 < ratio ≤ 1,票签 only. */
  ratio?: string;
  /** `end` or the id of an outgoing flow of the task. */
  onReject?: string;
}

export type FieldPermission = 'read' | 'write' | 'hidden';
export const FIELD_PERMISSIONS: readonly FieldPermission[] = ['read', 'write', 'hidden'];

/** What the empty-approver policy says (`anxin:emptyApprover`): autoApprove (default), assignTo:<user>, escalate. */
export interface EmptyApproverPolicy {
  kind: 'autoApprove' | 'assignTo' | 'escalate';
  user?: string;
}

export function readEmptyApprover(bo: ModdleElement): EmptyApproverPolicy {
  const text = anxinAttribute(bo, 'emptyApprover');
  if (text.startsWith('assignTo:')) return { kind: 'assignTo', user: text.slice('assignTo:'.length) };
  return { kind: text === 'escalate' ? 'escalate' : 'autoApprove' };
}

export function emptyApproverText(policy: EmptyApproverPolicy): string | undefined {
  if (policy.kind === 'assignTo') return `assignTo:${policy.user ?? ''}`;
  return policy.kind === 'escalate' ? 'escalate' : undefined;
}

export function readApproval(bo: ModdleElement): ApprovalSpec | undefined {
  const approval = extensionsOf(bo, 'anxin:Approval')[0];
  if (!approval) return undefined;
  const mode = approval.get('mode');
  const spec: ApprovalSpec = { mode: APPROVAL_MODES.includes(mode as ApprovalMode) ? (mode as ApprovalMode) : 'all' };
  const ratio = approval.get('ratio');
  const onReject = approval.get('onReject');
  if (typeof ratio === 'string') spec.ratio = ratio;
  if (typeof onReject === 'string') spec.onReject = onReject;
  return spec;
}

/** The multi-instance of a user task, if any (an approval needs one). */
export function multiInstanceOf(bo: ModdleElement): ModdleElement | undefined {
  const loop = bo.get('loopCharacteristics') as ModdleElement | undefined;
  return loop?.$type === 'bpmn:MultiInstanceLoopCharacteristics' ? loop : undefined;
}

/**
 * Sets (or with `undefined` removes) the approval. An approval needs a multi-instance and `sequential` means
 * `isSequential="true"` (the engine's rules): the multi-instance is created or kept in step with the mode.
 */
export function setApproval(options: {
  element: unknown;
  bo: ModdleElement;
  approval: ApprovalSpec | undefined;
  factory: ElementFactory;
}): PanelCommand[] {
  const { element, bo, approval, factory } = options;
  const next = approval
    ? [
        factory.create('anxin:Approval', {
          mode: approval.mode,
          ...(approval.mode === 'ratio' && approval.ratio ? { ratio: approval.ratio } : {}),
          ...(approval.onReject ? { onReject: approval.onReject } : {}),
        }),
      ]
    : [];
  const commands = replaceExtensions({ element, bo, type: 'anxin:Approval', next, factory });
  if (!approval) return commands;
  const sequential = approval.mode === 'sequential';
  const loop = multiInstanceOf(bo);
  if (!loop) {
    const created = factory.create('bpmn:MultiInstanceLoopCharacteristics', { isSequential: sequential });
    created.$parent = bo;
    commands.push(update(element, bo, { loopCharacteristics: created }));
  } else if (Boolean(loop.get('isSequential')) !== sequential) {
    commands.push(update(element, loop, { isSequential: sequential }));
  }
  return commands;
}

/** Per-field permissions (`<anxin:field name permission>`), by field key. */
export function readFieldPermissions(bo: ModdleElement): Record<string, FieldPermission> {
  const result: Record<string, FieldPermission> = {};
  for (const field of extensionsOf(bo, 'anxin:Field')) {
    const name = field.get('name');
    const permission = field.get('permission');
    if (typeof name === 'string' && FIELD_PERMISSIONS.includes(permission as FieldPermission)) {
      result[name] = permission as FieldPermission;
    }
  }
  return result;
}

/** Sets one field's permission (`undefined`: the form's default) and keeps the others in their order. */
export function setFieldPermission(options: {
  element: unknown;
  bo: ModdleElement;
  field: string;
  permission: FieldPermission | undefined;
  factory: ElementFactory;
}): PanelCommand[] {
  const { element, bo, field, permission, factory } = options;
  const current = Object.entries(readFieldPermissions(bo));
  const next = current.some(([name]) => name === field)
    ? current.map(([name, value]): [string, FieldPermission | undefined] => [name, name === field ? permission : value])
    : [...current, [field, permission] as [string, FieldPermission | undefined]];
  const elements = next.flatMap(([name, value]) =>
    value ? [factory.create('anxin:Field', { name, permission: value })] : [],
  );
  return replaceExtensions({ element, bo, type: 'anxin:Field', next: elements, factory });
}

/** Binds another form: its field permissions named the old form's fields, so they go with it. */
export function setFormKey(options: {
  element: unknown;
  bo: ModdleElement;
  formKey: string;
  factory: ElementFactory;
}): PanelCommand[] {
  const { element, bo, formKey, factory } = options;
  if (formKey === anxinAttribute(bo, 'formKey')) return [];
  return [
    setAnxinAttributes(element, bo, { formKey }),
    ...replaceExtensions({ element, bo, type: 'anxin:Field', next: [], factory }),
  ];
}
