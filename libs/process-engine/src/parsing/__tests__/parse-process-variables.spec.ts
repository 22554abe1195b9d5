import { located, parseFixture } from './parse-fixture';

describe('parseProcess indexed variables', () => {
  it('should give each indexed variable the next typed column of its type', async () => {
    // given variables marked index="true" of several types
    // when the process is read
    const { model } = await parseFixture('indexed-variables');

    // then string, number and date variables get slots per type, in declaration order
    expect(model?.indexedVariables).toEqual([
      { name: 'category', type: 'string', slot: 1 },
      { name: 'estimatedCost', type: 'number', slot: 1 },
      { name: 'project', type: 'string', slot: 2 },
      { name: 'reportedAt', type: 'date', slot: 1 },
    ]);
  });

  it('should report an indexed variable whose type has no typed column', async () => {
    // when
    const { problems } = await parseFixture('indexed-variables');

    // then the array variable is refused, and it is the only problem
    expect(located(problems)).toEqual(['extension.invalid indexed']);
    expect(problems[0]?.path).toBe('anxin:variable/5/index');
  });
});
