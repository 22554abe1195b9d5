import fc from 'fast-check';
import { parseProcess } from '../parse-process';
import { located, readFixture } from './parse-fixture';

describe('parseProcess on broken input', () => {
  it.each([
    ['an empty string', ''],
    ['plain text', 'not xml at all'],
    ['unclosed markup', '<<<'],
    ['XML that is not BPMN', '<note><to>Tove</to></note>'],
    ['truncated BPMN', '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn:process'],
  ])('should report %s as unreadable XML without a model', async (_, xml) => {
    // given garbage
    // when it is read
    const { model, problems } = await parseProcess(xml);
    // then it is unreadable
    expect(model).toBeUndefined();
    expect(located(problems)).toEqual(['xml.unreadable -']);
  });

  it('should never throw, whatever the input', async () => {
    // given arbitrary strings, and the valid fixture with a slice cut out or garbage spliced in
    const valid = readFixture('implicit-variables');
    const cut = fc
      .tuple(fc.nat(valid.length), fc.nat(400))
      .map(([at, length]) => valid.slice(0, at) + valid.slice(at + length));
    const spliced = fc
      .tuple(fc.nat(valid.length), fc.string())
      .map(([at, s]) => valid.slice(0, at) + s + valid.slice(at));
    const input = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), cut, spliced);
    // when each is read, then it resolves with problems or a model, never rejects
    await fc.assert(
      fc.asyncProperty(input, async (xml) => {
        const result = await parseProcess(xml);
        expect(Array.isArray(result.problems)).toBe(true);
        expect(result.model !== undefined || result.problems.length > 0).toBe(true);
        expect(result.problems.filter((p) => p.message.includes('internal reader error'))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
