import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDictionary } from '../../index';

const dictionariesDir = join(__dirname, '../../../../../definitions/dictionaries');
const shipped = readdirSync(dictionariesDir).filter((f) => f.endsWith('.dictionary.json'));
const codesOf = (dictionary: unknown): string[][] => checkDictionary(dictionary).map((p) => [p.code, p.path]);

describe('checkDictionary', () => {
  it.each(shipped)('should find nothing wrong with the shipped dictionary %s', (file) => {
    // given a dictionary of definitions/dictionaries
    const dictionary: unknown = JSON.parse(readFileSync(join(dictionariesDir, file), 'utf8'));
    // when it is checked
    // then there is no problem
    expect(checkDictionary(dictionary)).toEqual([]);
  });

  it.each([
    ['not an object', [], [['INVALID_PROPERTY', '']]],
    ['no items', { key: 'size', name: '尺寸' }, [['MISSING_PROPERTY', '']]],
    ['a bad key', { key: 'Size', name: '尺寸', items: [] }, [['INVALID_PROPERTY', '/key']]],
    ['an unknown property', { key: 'size', name: '尺寸', items: [], version: 2 }, [['UNKNOWN_PROPERTY', '/version']]],
    ['an empty name', { key: 'size', name: '', items: [] }, [['INVALID_PROPERTY', '/name']]],
    [
      'an item without label',
      { key: 'size', name: '尺寸', items: [{ value: 's' }] },
      [['MISSING_PROPERTY', '/items/0']],
    ],
  ])('should report %s', (_, dictionary, expected) => {
    // given a malformed dictionary
    // when it is checked
    // then each problem names its place
    expect(codesOf(dictionary)).toEqual(expected);
  });

  it('should report an option value listed twice on one level, also among children', () => {
    // given a dictionary repeating "s" at the top and "x" among the children of "m"
    const dictionary = {
      key: 'size',
      name: { 'zh-CN': '尺寸', en: 'Size' },
      items: [
        { value: 's', label: '小' },
        {
          value: 'm',
          label: '中',
          children: [
            { value: 'x', label: 'X' },
            { value: 'x', label: 'Y' },
          ],
        },
        { value: 's', label: '大' },
      ],
    };
    // when it is checked
    // then both duplicates are reported at their value
    expect(codesOf(dictionary)).toEqual([
      ['DUPLICATE_OPTION', '/items/1/children/1/value'],
      ['DUPLICATE_OPTION', '/items/2/value'],
    ]);
  });
});
