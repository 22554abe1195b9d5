import type { FormDefinition } from '@anxin/form-engine';
import { processRuleFields } from '../properties/process-variables';

const startForm: FormDefinition = {
  key: 'purchase-request',
  title: '采购申请',
  startsProcess: 'purchase',
  processVariables: ['buyer', { field: 'kind', name: 'category' }],
  fields: [
    { key: 'buyer', type: 'text', label: { 'zh-CN': '采购人', en: 'Buyer' } },
    {
      key: 'kind',
      type: 'select',
      label: { 'zh-CN': '类别', en: 'Kind' },
      options: [{ value: 'office', label: { 'zh-CN': '办公', en: 'Office' } }],
    },
  ],
};
const reviewForm: FormDefinition = {
  key: 'purchase-review',
  title: '审核',
  fields: [{ key: 'amount', type: 'money', label: { 'zh-CN': '金额（元）', en: 'Amount (yuan)' } }],
};

describe('the variables a flow condition may test', () => {
  it('given the start form and declared variables, then the start form’s variables come first with its labels and options', () => {
    const fields = processRuleFields({
      processKey: 'purchase',
      variables: [
        { name: 'amount', type: 'number' },
        { name: 'items', type: 'array' },
        { name: 'urgent', type: 'boolean' },
        { name: 'category', type: 'string' },
      ],
      forms: [reviewForm, startForm],
      locale: 'zh-CN',
    });

    expect(fields).toEqual([
      { name: 'buyer', label: '采购人', type: 'text' },
      { name: 'category', label: '类别', type: 'select', options: [{ value: 'office', label: '办公' }] },
      // Declared only: label and type from the form that has the field; none: the name and the declared type
      { name: 'amount', label: '金额（元）', type: 'money' },
      { name: 'urgent', label: 'urgent', type: 'boolean' },
    ]);
  });

  it('given English, then the labels are English; given no start form, then only the declared variables', () => {
    const fields = processRuleFields({
      processKey: 'other',
      variables: [{ name: 'amount', type: 'number' }],
      forms: [reviewForm, startForm],
      locale: 'en',
    });

    expect(fields).toEqual([{ name: 'amount', label: 'Amount (yuan)', type: 'money' }]);
  });
});
