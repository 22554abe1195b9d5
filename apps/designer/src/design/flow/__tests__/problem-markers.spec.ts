import { severityByElement } from '../validation/problem-markers';

const problem = (elementId: string | null, severity: string) => ({
  code: 'rule.invalid',
  elementId,
  message: 'x',
  path: '',
  severity,
});

describe('which elements the diagram marks after validation', () => {
  it('given problems, then each named element is marked with its worst severity; info and unnamed ones are not marked', () => {
    const marks = severityByElement([
      problem('review', 'warning'),
      problem('review', 'error'),
      problem('review', 'warning'),
      problem('check', 'warning'),
      problem('done', 'info'),
      problem(null, 'error'),
    ]);

    expect([...marks]).toEqual([
      ['review', 'error'],
      ['check', 'warning'],
    ]);
  });
});
