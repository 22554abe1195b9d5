import type { FieldDefinition, FormDefinition } from '../../index';
import { validateSubmission } from '../../index';
import { codes, formOf } from '../../../test/support/one-field';
import { context } from '../../../test/support/fixtures';

const urgent: FieldDefinition = { key: 'urgent', type: 'switch', label: { 'zh-CN': '紧急', en: 'Urgent' } };
const reason: FieldDefinition = {
  key: 'reason',
  type: 'text',
  label: { 'zh-CN': '紧急原因', en: 'Why urgent' },
  visibleIf: { var: 'urgent' },
  required: true,
  minLength: 4,
};

describe('validateSubmission: hidden fields', () => {
  //   urgent ──visibleIf──▶ reason (required, minLength 4)
  const form = formOf(urgent, reason);

  it('should drop a hidden field and not validate it, whatever the client sends', () => {
    // given a hidden reason with an invalid value
    // when the submission is validated
    const result = validateSubmission(form, { urgent: false, reason: 'x' }, context);

    // then the value is gone and nothing is reported
    expect(result).toMatchObject({ ok: true, value: { urgent: false }, problems: [] });
  });

  it('should require a field only while it is visible', () => {
    // given the reason shown, and left empty
    // when the submission is validated
    const result = validateSubmission(form, { urgent: true }, context);

    // then it is required, in both languages, at its path
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      {
        code: 'REQUIRED',
        path: 'reason',
        message: '"Why urgent" is required.',
        messages: { 'zh-CN': '“紧急原因”为必填项', en: '"Why urgent" is required.' },
        severity: 'error',
      },
    ]);
  });

  it('should keep the stored value of a hidden field with keepWhenHidden, never the client’s', () => {
    // given a field kept while hidden, a stored value, and a client trying to change it
    const kept = formOf(urgent, { ...reason, keepWhenHidden: true });
    const previous = { urgent: true, reason: '水管爆裂' };

    // when the field is hidden
    const result = validateSubmission(kept, { urgent: false, reason: '改掉它' }, { ...context, previous });

    // then the stored value stays and is not validated
    expect(result.value).toEqual({ urgent: false, reason: '水管爆裂' });
    expect(result.problems).toEqual([]);
  });
});

describe('validateSubmission: read-only and computed fields', () => {
  const form = formOf(
    { key: 'price', type: 'money', label: '单价', readOnly: true, default: 15 },
    { key: 'quantity', type: 'integer', label: '数量', min: 1 },
    {
      key: 'total',
      type: 'money',
      label: '合计',
      computed: { '*': [{ var: 'price' }, { var: 'quantity' }] },
      validations: [{ rule: { '<=': [{ var: '$value' }, 100] }, message: '合计不能超过 100 元' }],
    },
    { key: 'approved', type: 'switch', label: '已审批', readOnlyIf: { var: 'locked' } },
    { key: 'locked', type: 'switch', label: '锁定', readOnly: true },
  );

  it('should keep the server’s value of a read-only field and recompute computed fields', () => {
    // given a stored price of 12 and a client claiming 0.01 and a total of 0
    const previous = { price: 12, approved: true, locked: true };

    // when the submission is validated
    const result = validateSubmission(
      form,
      { price: 0.01, quantity: 3, total: 0, approved: false, locked: false },
      { ...context, previous },
    );

    // then price, approval and lock are the stored ones and the total is recomputed from them
    expect(result.value).toEqual({ price: 12, quantity: 3, total: 36, approved: true, locked: true });
    expect(result.problems).toEqual([]);
  });

  it('should give a new read-only field its default, and validate computed values', () => {
    // given no stored values
    // when 7 items are submitted
    const result = validateSubmission(form, { quantity: 7 }, context);

    // then the default price is used and the total breaks its validation with the author's message
    expect(result.value).toMatchObject({ price: 15, total: 105 });
    expect(result.problems.map((p) => [p.code, p.path, p.messages['zh-CN']])).toEqual([
      ['VALIDATION_FAILED', 'total', '合计不能超过 100 元'],
    ]);
  });
});

describe('validateSubmission: unknown keys, defaults and stored values', () => {
  const form = formOf(
    { key: 'category', type: 'select', label: '类别', optionsFrom: { dictionary: 'repair-category' } },
    { key: 'reportedAt', type: 'datetime', label: '报修时间', default: { now: [] } },
    { key: 'contact', type: 'text', label: '联系人', default: { var: '$user.name' } },
  );

  it('should reject keys the form does not have', () => {
    // given a submission with an extra key (and a prototype-looking one)
    const data = JSON.parse('{"category":"leak","fee":1,"__proto__":{"admin":true}}') as unknown;

    // when it is validated
    const result = validateSubmission(form, data, context);

    // then both are rejected at the submission's root and never stored
    expect(result.problems.map((p) => [p.code, p.path, p.params])).toEqual([
      ['UNKNOWN_FIELD', '', { key: 'fee' }],
      ['UNKNOWN_FIELD', '', { key: '__proto__' }],
    ]);
    expect(Object.keys(result.value)).toEqual(['category', 'reportedAt', 'contact']);
  });

  it('should apply defaults only to keys not sent, keep stored values of keys not sent, and keep a cleared field empty', () => {
    // given a stored contact, and a submission that clears the category and omits the rest
    const previous = { contact: '李先生' };

    // when it is validated
    const result = validateSubmission(form, { category: '' }, { ...context, previous });

    // then the time defaults to the clock, the contact stays as stored, the category stays empty
    expect(result.value).toEqual({ category: null, reportedAt: '2025-01-28T10:00:00+08:00', contact: '李先生' });
  });

  it('should refuse data that is not an object', () => {
    // given a list instead of an object
    // when it is validated
    // then the whole submission is refused at its root
    expect(validateSubmission(form, [1, 2], context).problems.map((p) => [p.code, p.path])).toEqual([
      ['DATA_NOT_OBJECT', ''],
    ]);
  });
});

describe('validateSubmission: rules and definitions that cannot run', () => {
  it('should fail closed when a rule cannot be evaluated (no clock for now)', () => {
    // given a default that reads the clock, and a context without one
    const form = formOf({ key: 'at', type: 'datetime', label: '时间', default: { now: [] } });

    // when a submission is validated
    const result = validateSubmission(form, {}, {});

    // then the rule failure blocks it
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => [p.code, p.path, p.params?.rule])).toEqual([['RULE_FAILED', 'at', 'at.default']]);
    expect(result.problems[0]?.message).toContain('CLOCK_MISSING');
  });

  it('should refuse to validate against a form with errors', () => {
    // given a form whose rule reads an unknown field
    const form: FormDefinition = formOf({ key: 'a', type: 'text', label: 'A', visibleIf: { var: 'nope' } });

    // when anything is submitted
    const result = validateSubmission(form, { a: 'x' }, context);

    // then the only problem is the form
    expect(codes(result)).toEqual(['FORM_INVALID']);
    expect(result.value).toEqual({});
  });

  it('should report warnings without blocking', () => {
    // given a validation of severity warning
    const form = formOf({
      key: 'comment',
      type: 'textarea',
      label: '评价',
      validations: [
        {
          rule: { '!': [{ contains_any: [{ var: '$value' }, ['http']] }] },
          message: '不要留链接',
          severity: 'warning',
        },
      ],
    });

    // when it fails
    const result = validateSubmission(form, { comment: '见 http://x.cn' }, context);

    // then the submission goes through with the warning
    expect(result.ok).toBe(true);
    expect(result.problems.map((p) => [p.code, p.severity])).toEqual([['VALIDATION_FAILED', 'warning']]);
  });

  it('should run validations only on filled fields, after the type checks pass', () => {
    // given a field with a validation and a minimum
    const form = formOf({
      key: 'n',
      type: 'integer',
      label: 'N',
      min: 0,
      validations: [{ rule: { '==': [{ '%': [{ var: '$value' }, 2] }, 0] }, message: '必须是偶数' }],
    });

    // when it is empty, negative, odd
    // then only the matching problem is reported each time
    expect(codes(validateSubmission(form, {}, context))).toEqual([]);
    expect(codes(validateSubmission(form, { n: -1 }, context))).toEqual(['MIN_VALUE']);
    expect(codes(validateSubmission(form, { n: 3 }, context))).toEqual(['VALIDATION_FAILED']);
  });
});

describe('validateSubmission: per-row rules', () => {
  //   materials[i]: kind ──visibleIf──▶ brand ; quantity × unitPrice ──▶ cost ; Σ cost ──▶ materialCost
  const form = formOf(
    {
      key: 'materials',
      type: 'sub-form',
      label: { 'zh-CN': '材料', en: 'Materials' },
      fields: [
        {
          key: 'kind',
          type: 'radio',
          label: '类型',
          options: [
            { value: 'part', label: '配件' },
            { value: 'labour', label: '人工' },
          ],
        },
        {
          key: 'brand',
          type: 'text',
          label: '品牌',
          visibleIf: { '==': [{ var: '$row.kind' }, 'part'] },
          required: true,
        },
        { key: 'quantity', type: 'integer', label: '数量', default: 1 },
        { key: 'unitPrice', type: 'money', label: '单价' },
        {
          key: 'cost',
          type: 'money',
          label: '小计',
          computed: { '*': [{ var: '$row.quantity' }, { var: '$row.unitPrice' }] },
        },
        { key: 'line', type: 'integer', label: '行号', computed: { '+': [{ var: '$index' }, 1] } },
      ],
      aggregates: [
        { key: 'materialCost', op: 'sum', field: 'cost' },
        { key: 'rows', op: 'count' },
      ],
      validations: [
        { rule: { '<=': [{ var: 'materialCost' }, 100] }, message: { 'zh-CN': '超预算', en: 'Over budget' } },
      ],
    },
    { key: 'approval', type: 'switch', label: '需审批', computed: { '>': [{ var: 'materialCost' }, 50] } },
  );

  it('should evaluate column rules per row and aggregates over the rows', () => {
    // given a part and a labour row
    const result = validateSubmission(
      form,
      {
        materials: [
          { kind: 'part', brand: '九牧', unitPrice: 15.5, quantity: 2 },
          { kind: 'labour', brand: 'x', unitPrice: 40 },
        ],
      },
      context,
    );

    // then the labour row has no brand, gets the default quantity, every row its cost and line, and the total counts
    expect(result.problems).toEqual([]);
    expect(result.value).toEqual({
      materials: [
        { kind: 'part', brand: '九牧', quantity: 2, unitPrice: 15.5, cost: 31, line: 1 },
        { kind: 'labour', quantity: 1, unitPrice: 40, cost: 40, line: 2 },
      ],
      approval: true,
      materialCost: 71,
      rows: 2,
    });
  });

  it('should check a sub-form’s validations against its aggregate', () => {
    // given rows over budget
    const result = validateSubmission(form, { materials: [{ kind: 'labour', unitPrice: 60, quantity: 2 }] }, context);

    // then the sub-form reports the author's message
    expect(result.problems.map((p) => [p.code, p.path, p.messages.en])).toEqual([
      ['VALIDATION_FAILED', 'materials', 'Over budget'],
    ]);
  });
});

describe('validateSubmission: problem order', () => {
  it('should report problems in the order of the form, root first', () => {
    // given problems on the last field, the first field and the root
    const form = formOf(
      { key: 'a', type: 'integer', label: 'A', required: true },
      { key: 'b', type: 'integer', label: 'B', computed: { '+': [{ var: 'a' }, 1] } },
      { key: 'c', type: 'integer', label: 'C', max: 1 },
    );

    // when validated
    const result = validateSubmission(form, { c: 5, z: 1, a: 'x' }, context);

    // then the order is root, a, c
    expect(result.problems.map((p) => [p.code, p.path])).toEqual([
      ['UNKNOWN_FIELD', ''],
      ['TYPE_MISMATCH', 'a'],
      ['MAX_VALUE', 'c'],
    ]);
  });
});

describe('validateSubmission: a context it cannot use', () => {
  it('should not throw on an unknown time zone: dates are invalid and date rules fail', () => {
    // given a form with dates and a context in a zone that does not exist
    const form = formOf(
      { key: 'day', type: 'date', label: '日期' },
      { key: 'at', type: 'datetime', label: '时间', default: { now: [] } },
      { key: 'id', type: 'id-card', label: '身份证' },
    );

    // when a submission is validated
    const result = validateSubmission(
      form,
      { day: '2025-01-28T10:00:00Z', id: '11010519491231002X' },
      {
        ...context,
        timeZone: 'Mars/Olympus_Mons',
      },
    );

    // then problems come back instead of an exception
    expect(result.ok).toBe(false);
    expect(codes(result)).toEqual(['INVALID_DATE', 'RULE_FAILED']);
  });
});
