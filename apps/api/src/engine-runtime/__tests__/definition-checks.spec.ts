import { checkDefinition, type DefinitionToCheck } from '../definition-checks';

const check = (input: Omit<DefinitionToCheck, 'dictionaries'> & { dictionaries?: string[] }) =>
  checkDefinition({ dictionaries: [], ...input });
const codesAt = async (input: Parameters<typeof check>[0]) => (await check(input)).map((p) => [p.code, p.path]);

const BPMN = `<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
  <bpmn:process id="tiny" isExecutable="true">
    <bpmn:startEvent id="start" /><bpmn:endEvent id="end" />
    <bpmn:sequenceFlow id="f" sourceRef="start" targetRef="end" />
  </bpmn:process>
</bpmn:definitions>`;

describe('checkDefinition', () => {
  it("should accept a process whose id is the key, and report another id on the process's id", async () => {
    // Given (start) → (end) in a process "tiny"
    // When it is checked as "tiny" and as "small"
    const same = await check({ kind: 'process', key: 'tiny', content: BPMN });
    const other = await check({ kind: 'process', key: 'small', content: BPMN });
    // Then only the second is a key mismatch, naming the element
    expect(same.filter((p) => p.severity === 'error')).toEqual([]);
    expect(other).toContainEqual(
      expect.objectContaining({ code: 'key.mismatch', path: 'id', elementId: 'tiny', severity: 'error' }),
    );
  });

  it.each([
    ['form', { key: 'other', title: '报修', fields: [] }],
    ['dictionary', { key: 'other', name: '尺寸', items: [] }],
    ['report', { key: 'other' }],
    ['dashboard', { key: 'other' }],
    ['dataset', { key: 'other' }],
  ] as const)('should report a %s whose own key is not the key at /key', async (kind, content) => {
    // Given a valid definition whose key is "other"
    // When it is checked as "mine"
    // Then the one problem is the mismatch
    expect(await codesAt({ kind, key: 'mine', content: JSON.stringify(content) })).toEqual([['key.mismatch', '/key']]);
  });

  it.each([
    ['report', '{"title": "x"}', [['key.missing', '/key']]],
    ['dashboard', '{"key": 7}', [['key.invalid', '/key']]],
    ['dataset', '"tickets"', [['json.notObject', '']]],
    ['calendar', '{"key": ', [['json.malformed', '']]],
  ] as const)('should report a %s of %s', async (kind, content, expected) => {
    // Given content that is not a keyed JSON object, when it is checked, then the problem says why
    expect(await codesAt({ kind, key: 'mine', content })).toEqual(expected);
  });

  it('should check a form against the dictionaries it is given', async () => {
    // Given a select taking its options from the dictionary "sizes"
    const content = JSON.stringify({
      key: 'sized',
      title: '尺寸',
      fields: [{ key: 'size', type: 'select', label: '尺寸', optionsFrom: { dictionary: 'sizes' } }],
    });
    // When it is checked without, then with that dictionary
    // Then only the first reports it unknown
    expect(await codesAt({ kind: 'form', key: 'sized', content })).toEqual([
      ['UNKNOWN_DICTIONARY', '/fields/0/optionsFrom/dictionary'],
    ]);
    expect(await codesAt({ kind: 'form', key: 'sized', content, dictionaries: ['sizes'] })).toEqual([]);
  });

  it('should report content nested too deeply to check as a problem instead of throwing', async () => {
    // Given a form whose rule nests "!" 100 000 times (a checker recursing into it runs out of stack)
    const rule = `${'{"!":['.repeat(100_000)}true${']}'.repeat(100_000)}`;
    const content = `{"key":"deep","title":"t","fields":[{"key":"a","type":"text","label":"A","visibleIf":${rule}}]}`;
    // When it is checked
    // Then one problem says it could not be checked
    expect(await codesAt({ kind: 'form', key: 'deep', content })).toEqual([['content.unreadable', '']]);
  });
});
