import { evaluateCondition } from '@anxin/rules';
import type { RuleGroupType } from 'react-querybuilder';
import { jsonLogicToQuery } from '../builder/json-logic-to-query';
import { queryToJsonLogic } from '../builder/query-to-json-logic';
import type { JsonLogicRule, RuleField } from '../rule-builder.types';

const fields: RuleField[] = [
  { name: 'estimatedCost', label: '预估费用', type: 'money' },
  { name: 'floor', label: '楼层', type: 'number' },
  { name: 'description', label: '描述', type: 'text' },
  {
    name: 'data.urgency',
    label: '紧急程度',
    type: 'select',
    options: [
      { value: 'urgent', label: '紧急' },
      { value: 'normal', label: '一般' },
    ],
  },
  { name: 'tags', label: '标签', type: 'multiselect' },
  { name: 'inWarranty', label: '保修期内', type: 'boolean' },
  { name: 'reportedOn', label: '报修日期', type: 'date' },
];

const withoutIds = (query: RuleGroupType | undefined) => JSON.parse(JSON.stringify(query)) as unknown;

describe('JSONLogic ↔ visual query', () => {
  it.each<[string, JsonLogicRule]>([
    ['a money threshold', { '>': [{ var: 'estimatedCost' }, 500] }],
    ['an equality on a nested path', { '==': [{ var: 'data.urgency' }, 'urgent'] }],
    ['between, inclusive', { '<=': [3, { var: 'floor' }, 10] }],
    ['one of', { in: [{ var: 'data.urgency' }, ['urgent', 'normal']] }],
    ['not one of', { '!': { in: [{ var: 'floor' }, [1, 2]] } }],
    ['a substring', { in: ['漏水', { var: 'description' }] }],
    ['an element of a list', { '!': { in: ['vip', { var: 'tags' }] } }],
    ['a null test', { '==': [{ var: 'description' }, null] }],
    ['a not-null test', { '!=': [{ var: 'reportedOn' }, null] }],
    ['a boolean', { '==': [{ var: 'inWarranty' }, false] }],
    ['a date', { '<': [{ var: 'reportedOn' }, '2025-02-01'] }],
    [
      'nested and/or/not groups',
      {
        or: [
          { and: [{ '>=': [{ var: 'estimatedCost' }, 500] }, { '==': [{ var: 'data.urgency' }, 'urgent'] }] },
          { '!': { or: [{ '<': [{ var: 'floor' }, 2] }, { in: ['燃气', { var: 'description' }] }] } },
        ],
      },
    ],
  ])('given %s, when it is read into the builder and written back, then it is exactly the same rule', (_, rule) => {
    const query = jsonLogicToQuery(rule, fields);
    expect(query).toBeDefined();
    expect(queryToJsonLogic(query as RuleGroupType, fields)).toEqual(rule);
  });

  it('given a threshold, when it is read, then the query holds the field, the operator and the number as a number', () => {
    const query = jsonLogicToQuery({ '>': [{ var: 'estimatedCost' }, 500] }, fields);
    expect(withoutIds(query)).toEqual({
      combinator: 'and',
      not: false,
      rules: [{ field: 'estimatedCost', operator: '>', value: 500 }],
    });
  });

  it.each<[string, JsonLogicRule]>([
    ['an operation the builder does not offer', { '===': [{ var: 'floor' }, 3] }],
    ['arithmetic', { '>': [{ '+': [{ var: 'floor' }, 1] }, 3] }],
    ['a field the builder does not know', { '==': [{ var: 'unknownField' }, 1] }],
    ['a number written as text', { '>': [{ var: 'estimatedCost' }, '500'] }],
    ['the variable on the right', { '<': [500, { var: 'estimatedCost' }] }],
    ['a var with a default', { '==': [{ var: ['floor', 0] }, 1] }],
    ['a lone condition wrapped in and', { and: [{ '==': [{ var: 'floor' }, 1] }] }],
    ['negation written as a list', { '!': [{ in: [{ var: 'floor' }, [1]] }] }],
    ['a literal true', true],
    ['an empty text compared', { '==': [{ var: 'description' }, ''] }],
  ])('given %s, when it is read, then the builder refuses it (it stays in JSON mode)', (_, rule) => {
    expect(jsonLogicToQuery(rule, fields)).toBeUndefined();
  });

  it('given no rule, when it is read, then the builder is an empty group, and an empty group is no rule', () => {
    const query = jsonLogicToQuery(undefined, fields);
    expect(withoutIds(query)).toEqual({ combinator: 'and', not: false, rules: [] });
    expect(queryToJsonLogic(query as RuleGroupType, fields)).toBeUndefined();
  });

  it('given unfinished conditions, when written, then only the finished ones reach the rule', () => {
    const query: RuleGroupType = {
      combinator: 'or',
      rules: [
        { field: 'estimatedCost', operator: '>', value: '' },
        { field: 'floor', operator: 'between', value: [1, undefined] },
        { field: 'data.urgency', operator: '=', value: 'urgent' },
      ],
    };
    expect(queryToJsonLogic(query, fields)).toEqual({ '==': [{ var: 'data.urgency' }, 'urgent'] });
  });

  it('given a written rule, when the rules library evaluates it, then it decides as the builder showed it', () => {
    const query: RuleGroupType = {
      combinator: 'and',
      rules: [
        { field: 'estimatedCost', operator: '>', value: 500 },
        { field: 'data.urgency', operator: 'in', value: ['urgent'] },
      ],
    };
    const rule = queryToJsonLogic(query, fields);
    expect(rule).toEqual({
      and: [{ '>': [{ var: 'estimatedCost' }, 500] }, { in: [{ var: 'data.urgency' }, ['urgent']] }],
    });
    expect(evaluateCondition(rule, { estimatedCost: 800, data: { urgency: 'urgent' } })).toEqual({
      ok: true,
      value: true,
    });
    expect(evaluateCondition(rule, { estimatedCost: 500, data: { urgency: 'urgent' } })).toEqual({
      ok: true,
      value: false,
    });
  });
});
