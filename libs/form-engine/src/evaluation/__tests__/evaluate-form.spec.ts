import { evaluateForm, validateSubmission } from '../../index';
import { fixtureForm, context } from '../../../test/support/fixtures';
import { formOf } from '../../../test/support/one-field';

describe('evaluateForm on the repair request', () => {
  const form = fixtureForm('repair-request');

  it('should fill a blank form from the clock, the user and the host, as the server would', () => {
    // given a blank form opened by 王女士 from the QR code of project p-1
    // when it is evaluated
    const { values, fields, problems } = evaluateForm(form, {}, context);

    // then the defaults are in, the serial waits for the server, and nothing is wrong yet
    expect(problems).toEqual([]);
    expect(values).toMatchObject({
      ticketNo: null,
      reportedAt: '2025-01-28T10:00:00+08:00',
      reporter: 'u-1024',
      area: 'indoor',
      project: 'p-1',
      urgent: false,
      contactName: '王女士',
      contactPhone: '13800138000',
      materialCost: 0,
      needsApproval: false,
    });
    expect(fields.ticketNo).toMatchObject({ visible: true, readOnly: true, serverAssigned: true, required: false });
    expect(fields.reportedAt).toMatchObject({ readOnly: true, required: false });
  });

  it('should show, require and offer what the current answers call for', () => {
    // given a leak in building b-1 marked urgent
    const data = { area: 'indoor', project: 'p-1', building: 'b-1', category: 'leak', urgent: true };

    // when the form is evaluated
    const { fields } = evaluateForm(form, data, context);

    // then the reason appears and is required, photos become required, the units are those of b-1
    expect(fields.urgentReason).toMatchObject({ visible: true, required: true });
    expect(fields.photos).toMatchObject({ visible: true, required: true });
    expect(fields.unit?.options?.map((o) => o.value)).toEqual(['b-1-1201']);
    expect(fields.category?.options?.map((o) => o.value)).toEqual([
      'leak',
      'blockage',
      'electrical',
      'door-window',
      'other',
    ]);
    expect(fields.preferredTime).toMatchObject({ visible: false });
  });

  it('should give each row its own cell states and the total in words', () => {
    // given two rows of materials over the approval threshold
    const data = {
      materials: [
        { name: '热水器', quantity: 1, unitPrice: 499 },
        { name: '角阀', quantity: 2, unitPrice: 15.5 },
      ],
    };

    // when the form is evaluated
    const { fields, aggregates, values } = evaluateForm(form, data, context);

    // then every row has computed, read-only costs, and the aggregate drives the approval switch
    expect(
      fields.materials?.rows?.map((row) => [row.cost?.value, row.cost?.readOnly, row.cost?.amountInWords]),
    ).toEqual([
      [499, true, '肆佰玖拾玖元整'],
      [31, true, '叁拾壹元整'],
    ]);
    expect(fields.materials?.rows?.[0]?.quantity).toMatchObject({ required: true, readOnly: false, computed: false });
    expect(aggregates).toEqual({ materialCost: 530 });
    expect(values.needsApproval).toBe(true);
    expect(fields.needsApproval).toMatchObject({ computed: true, readOnly: true, value: true });
  });

  it('should agree with validateSubmission on the value', () => {
    // given a complete submission
    const data = {
      area: 'public',
      project: 'p-1',
      building: 'b-2',
      category: 'blockage',
      description: '楼道地漏堵塞，积水',
      contactName: '王女士',
      contactPhone: '13800138000',
    };

    // when the UI evaluates and the server validates
    const evaluation = evaluateForm(form, data, context);
    const validation = validateSubmission(form, data, context);

    // then both see the same values (the unit is hidden for a public area)
    expect(validation.problems).toEqual([]);
    expect(evaluation.values).toEqual(validation.value);
    expect('unit' in validation.value).toBe(false);
  });
});

describe('evaluateForm with permissions and rule failures', () => {
  it('should withhold the value of a field hidden by permissions', () => {
    // given a field hidden from this user by the process node, with a stored value
    const form = formOf(
      { key: 'note', type: 'text', label: '内部备注', permission: 'hidden' },
      { key: 'public', type: 'text', label: '说明' },
    );

    // when it is evaluated with the stored submission
    const result = evaluateForm(form, {}, { ...context, previous: { note: '业主难沟通', public: '已处理' } });

    // then the value is neither in the values nor in the field state
    expect(result.values).toEqual({ public: '已处理' });
    expect(result.fields.note).toMatchObject({ visible: false, value: null });
  });

  it('should report a rule that cannot run, at its field, and keep going', () => {
    // given a visibility rule that reads the clock, and no clock
    const form = formOf(
      {
        key: 'late',
        type: 'text',
        label: '迟到原因',
        visibleIf: { '>': [{ date_diff: ['2025-01-01', { now: [] }, 'days'] }, 1] },
      },
      { key: 'other', type: 'text', label: '其他', default: 'ok' },
    );

    // when it is evaluated
    const result = evaluateForm(form, {}, {});

    // then the field stays visible (fail open for display), the failure is reported, the rest is evaluated
    expect(result.fields.late?.visible).toBe(true);
    expect(result.problems.map((p) => [p.code, p.path, p.params?.rule])).toEqual([
      ['RULE_FAILED', 'late', 'late.visibleIf'],
    ]);
    expect(result.values.other).toBe('ok');
  });

  it('should report a form with errors instead of evaluating it', () => {
    // given a broken form
    // when it is evaluated
    const result = evaluateForm({ key: 'x' }, {}, context);

    // then nothing is evaluated
    expect(result.fields).toEqual({});
    expect(result.problems.map((p) => p.code)).toEqual(['FORM_INVALID']);
  });
});
