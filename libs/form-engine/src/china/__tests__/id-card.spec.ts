import { idCardCheckChar, idCardFault } from '../id-card.util';

describe('idCardFault (GB 11643-1999)', () => {
  it.each([
    ['11010519491231002X', 'the example of the standard, check character X'],
    ['440524198001010013', 'a check digit'],
    ['110101200001011005', 'another region and century'],
  ])('should accept %s (%s)', (id) => {
    // given a well-formed number with its MOD 11-2 check character
    // when it is checked
    // then nothing is wrong
    expect(idCardFault(id, '2025-01-28')).toBeNull();
  });

  it('should compute the check character of the standard’s example', () => {
    // given the first 17 digits of 11010519491231002X
    // when the MOD 11-2 check character is computed
    // then it is X
    expect(idCardCheckChar('11010519491231002')).toBe('X');
  });

  it.each([
    ['11010519491231002', 'INVALID_ID_CARD', '17 characters'],
    ['11010519491231002x', 'INVALID_ID_CARD', 'lower-case x (the field upper-cases it before checking)'],
    ['1101051949123100ZX', 'INVALID_ID_CARD', 'a letter in the digits'],
    ['99010519491231002X', 'ID_CARD_REGION', 'an unknown province code'],
    ['110105194902300029', 'ID_CARD_BIRTH_DATE', '30 February'],
    ['110105189912310028', 'ID_CARD_BIRTH_DATE', 'born before 1900'],
    ['110105202602010021', 'ID_CARD_BIRTH_DATE', 'born after today'],
    ['110105194912310021', 'ID_CARD_CHECKSUM', 'a wrong check character'],
  ])('should refuse %s as %s (%s)', (id, code) => {
    // given a number with one fault
    // when it is checked on 2025-01-28
    // then the fault is named
    expect(idCardFault(id, '2025-01-28')).toBe(code);
  });

  it('should not check the future without a clock', () => {
    // given a birth date after the real today, and no clock
    const id = `11010520990101001${idCardCheckChar('11010520990101001')}`;

    // when it is checked without today
    // then only the structure, region, date and check character count
    expect(idCardFault(id)).toBeNull();
    expect(idCardFault(id, '2025-01-28')).toBe('ID_CARD_BIRTH_DATE');
  });
});
