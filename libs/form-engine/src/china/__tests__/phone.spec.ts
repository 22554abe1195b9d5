import { isPhoneNumber } from '../phone.util';

describe('isPhoneNumber (mainland China)', () => {
  it.each([
    ['13800138000', 'mobile', true],
    ['19912345678', 'mobile', true],
    ['12345678901', 'mobile', false],
    ['1380013800', 'mobile', false],
    ['138001380000', 'mobile', false],
    ['+8613800138000', 'mobile', false],
    ['138 0013 8000', 'mobile', false],
    ['010-12345678', 'landline', true],
    ['01012345678', 'landline', true],
    ['0755-1234567', 'landline', true],
    ['0571-87654321-123', 'landline', true],
    ['021-12345678转8001', 'landline', true],
    ['021-12345678#8', 'landline', true],
    ['10-12345678', 'landline', false],
    ['0755-123456', 'landline', false],
    ['0755-123456789', 'landline', false],
    ['021-12345678-1234567', 'landline', false],
    ['13800138000', 'landline', false],
    ['010-12345678', 'mobile', false],
    ['13800138000', 'any', true],
    ['010-12345678', 'any', true],
    ['110', 'any', false],
  ] as const)('should judge %s as a %s number: %p', (text, kind, expected) => {
    // given a number as typed
    // when its kind is checked
    // then it is accepted only in the documented formats
    expect(isPhoneNumber(text, kind)).toBe(expected);
  });
});
