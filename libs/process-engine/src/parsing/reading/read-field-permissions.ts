import type { FieldPermission } from '../../model/process-model.type';
import { extensionsOf, trimmedOf } from '../moddle-element';
import { report, type ReadContext } from './read-context';
import type { ElementInput } from './read-node-base';

const PERMISSIONS: readonly string[] = ['read', 'write', 'hidden'] satisfies FieldPermission[];

/** `<anxin:field name permission>` entries of a user task, by field name. */
export function readFieldPermissions(
  { el, elementId }: ElementInput,
  ctx: ReadContext,
): Readonly<Record<string, FieldPermission>> {
  const permissions: Record<string, FieldPermission> = {};
  extensionsOf(el, 'anxin:Field').forEach((field, index) => {
    const name = trimmedOf(field, 'name');
    const permission = trimmedOf(field, 'permission');
    if (name !== undefined && permission !== undefined && PERMISSIONS.includes(permission)) {
      permissions[name] = permission as FieldPermission;
      return;
    }
    const message = `anxin:field #${index + 1} needs a name and a permission (read, write or hidden).`;
    report(ctx, { code: 'extension.invalid', elementId, path: `anxin:field/${index}`, message });
  });
  return permissions;
}
