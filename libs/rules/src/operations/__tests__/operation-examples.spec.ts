import { evaluate } from '../../evaluation/evaluate';
import { listOperations } from '../operation-registry';

const operations = listOperations();
const examples = operations.flatMap((op) =>
  op.examples.map((example) => [op.name, example.description, example] as const),
);

describe('documented operation examples', () => {
  it('should document at least one example for every operation of the dialect', () => {
    // given the allow-list
    // when looking for operations without examples
    const undocumented = operations.filter((op) => op.examples.length === 0).map((op) => op.name);

    // then there are none
    expect(undocumented).toEqual([]);
  });

  it.each(examples)(
    'should evaluate the "%s" example "%s" to its documented result',
    (_name, _description, example) => {
      // given the example's data and, when it reads the clock or calendars, a fixed instant and its calendars
      const calendars = example.calendars ?? {};
      const env = {
        ...(example.now === undefined ? {} : { now: () => new Date(example.now as string) }),
        calendar: (name: string) => calendars[name],
      };

      // when the example rule is evaluated
      const result = evaluate(example.rule, example.data ?? {}, env);

      // then it yields what the documentation promises
      expect(result).toEqual({ ok: true, value: example.result });
    },
  );

  it('should refuse json-logic-js operations that have side effects or call methods', () => {
    // given rules using "log" and the method-call syntax json-logic-js accepts
    const rules = [{ log: 'x' }, { 'var.toString': [] }];

    // when they are evaluated
    const codes = rules.map((rule) => {
      const result = evaluate(rule, {});
      return result.ok ? 'ok' : result.problems[0]?.code;
    });

    // then both are unknown operations
    expect(codes).toEqual(['UNKNOWN_OPERATION', 'UNKNOWN_OPERATION']);
  });
});
