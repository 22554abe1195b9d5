import { displayNameOf } from '../file-name.util';

describe('displayNameOf', () => {
  it('should keep a Chinese name as it is', () => {
    expect(displayNameOf('卫生间漏水 照片.jpg')).toBe('卫生间漏水 照片.jpg');
  });

  it('should drop folders, control characters and what exceeds 255 characters', () => {
    // Given names with a path, a NUL and a newline, and a very long one, then only the printable base name is kept
    expect(displayNameOf('C:\\fakepath\\..\\合同.pdf')).toBe('合同.pdf');
    expect(displayNameOf('../../etc/passwd')).toBe('passwd');
    expect(displayNameOf('a\u0000b\nc.png')).toBe('abc.png');
    expect([...displayNameOf('字'.repeat(300))]).toHaveLength(255);
  });

  it('should name a nameless upload "file"', () => {
    expect(displayNameOf(undefined)).toBe('file');
    expect(displayNameOf('  ')).toBe('file');
  });
});
