import { applyPermissions, checkForm, evaluateForm, validateSubmission } from '../../index';
import { context, fixtureForm } from '../../../test/support/fixtures';

describe('applyPermissions', () => {
  const form = fixtureForm('repair-completion');

  it('should make fields read-only or hidden for one node without touching the form', () => {
    // given the owner's confirmation step: fees readable, the engineer's ID check hidden, the signature writable
    const { form: permitted, problems } = applyPermissions(form, {
      default: 'read',
      fields: { ownerSignature: 'write', ownerIdCard: 'hidden' },
    });

    // then the new form is valid, carries the permissions, and the published form is unchanged
    expect(problems).toEqual([]);
    expect(checkForm(permitted)).toEqual([]);
    const byKey = new Map(permitted.fields.map((f) => [f.key, f]));
    expect(byKey.get('totalFee')?.permission).toBe('read');
    expect(byKey.get('ownerIdCard')?.permission).toBe('hidden');
    expect(byKey.get('ownerSignature')?.permission).toBeUndefined();
    expect(form.fields.every((f) => f.permission === undefined)).toBe(true);
  });

  it('should keep stored values the node may not write, and withhold hidden ones', () => {
    // given the stored completion and an owner trying to lower the fee and read the ID number
    const previous = { laborFee: 80, materialFee: 20, ownerIdCard: '11010519491231002X', result: 'fixed' };
    const { form: permitted } = applyPermissions(form, {
      default: 'read',
      fields: { ownerSignature: 'write', ownerIdCard: 'hidden' },
    });

    // when the owner signs
    const result = validateSubmission(permitted, { laborFee: 0, ownerSignature: 'f-sig' }, { ...context, previous });
    const shown = evaluateForm(permitted, {}, { ...context, previous });

    // then the fees and the ID number are the stored ones, and the ID number is not shown
    expect(result.problems).toEqual([]);
    expect(result.value).toMatchObject({
      laborFee: 80,
      totalFee: 100,
      ownerIdCard: '11010519491231002X',
      ownerSignature: 'f-sig',
    });
    expect(shown.values.ownerIdCard).toBeUndefined();
    expect(shown.fields.laborFee).toMatchObject({ readOnly: true, value: 80 });
  });

  it('should apply a section’s access to its fields unless they have their own', () => {
    // given the rating form, whose details section holds three ratings
    const { form: permitted } = applyPermissions(fixtureForm('service-rating'), {
      fields: { details: 'read', quality: 'write' },
    });

    // then the section's fields are read-only except the one listed
    const section = permitted.fields.find((f) => f.key === 'details');
    const children = section?.type === 'section' ? section.fields.map((f) => [f.key, f.permission]) : [];
    expect(section?.permission).toBe('read');
    expect(children).toEqual([
      ['punctuality', 'read'],
      ['attitude', 'read'],
      ['quality', undefined],
    ]);
  });

  it('should report keys that match nothing (sub-form columns included), and reuse its result', () => {
    // given permissions naming a column and a missing field
    const permissions = { fields: { 'materials.cost': 'read', nope: 'hidden' } } as const;

    // when applied twice
    const first = applyPermissions(fixtureForm('repair-request'), permissions);
    const second = applyPermissions(fixtureForm('repair-request'), {
      fields: { nope: 'hidden', 'materials.cost': 'read' },
    });

    // then both keys are reported, and the same permitted form comes back (its compiled plan is reused)
    expect(first.problems.map((p) => [p.code, p.path])).toEqual([
      ['UNKNOWN_PERMISSION_FIELD', '/fields/materials.cost'],
      ['UNKNOWN_PERMISSION_FIELD', '/fields/nope'],
    ]);
    expect(second).toBe(first);
  });
});
