import { containsOperation, headOf, rowColumnOf, ruleReferences } from '../rule-references';

describe('ruleReferences', () => {
  it('should list the paths a rule reads, not those read inside element scopes', () => {
    // given a rule reading fields, a row column, missing keys and a sum over rows
    const rule = {
      and: [
        { '==': [{ var: 'category' }, 'leak'] },
        {
          '>': [
            { sum_by: [{ var: 'materials' }, { '*': [{ var: 'qty' }, { var: 'price' }] }] },
            { var: ['budget', 0] },
          ],
        },
        { missing: ['contact.name', ['contact.phone']] },
        { var: '$row.quantity' },
        { filter: [{ var: 'visits' }, { var: 'outcome' }] },
      ],
    };

    // when its references are collected
    // then element-scoped paths (qty, price, outcome) are not among them
    expect(ruleReferences(rule)).toEqual([
      'category',
      'materials',
      'budget',
      'contact.name',
      'contact.phone',
      '$row.quantity',
      'visits',
    ]);
  });

  it('should split heads and row columns, and tell logic from literals', () => {
    // given paths and values
    // when they are examined
    // then heads, columns and logic are recognised
    expect(headOf('unit.building')).toBe('unit');
    expect(rowColumnOf('$row.quantity.x')).toBe('quantity');
    expect(rowColumnOf('quantity')).toBeUndefined();
    expect(containsOperation({ lat: 1, lng: 2 })).toBe(false);
    expect(containsOperation([1, { var: 'a' }])).toBe(true);
  });
});
