import { processVariablesOf, validateSubmission } from '../../index';
import { context, fixtureForm } from '../../../test/support/fixtures';

describe('processVariablesOf', () => {
  it('should hand the started process the mapped fields and aggregates', () => {
    // given a valid repair request with materials
    const form = fixtureForm('repair-request');
    const { value } = validateSubmission(
      form,
      {
        area: 'public',
        building: 'b-1',
        category: 'blockage',
        description: '楼道地漏堵塞',
        materials: [{ name: '疏通剂', quantity: 2, unitPrice: 35 }],
      },
      context,
    );

    // when the process variables are taken from the value
    // then the hidden unit is null and the material cost is renamed
    expect(form.startsProcess).toBe('repair-order');
    expect(processVariablesOf(form, value)).toEqual({
      category: 'blockage',
      project: 'p-1',
      unit: null,
      urgent: false,
      estimatedCost: 70,
    });
  });
});
