import { contentDisposition } from '../content-disposition.util';

describe('contentDisposition', () => {
  it('should carry a Chinese name in filename* (RFC 5987) with an ASCII fallback', () => {
    // Given a Chinese name, when building the header
    const header = contentDisposition('attachment', '维修报告 (final).pdf');
    // Then browsers decode filename* back to the name; old clients get underscores
    expect(header).toBe(
      `attachment; filename="____ (final).pdf"; filename*=UTF-8''%E7%BB%B4%E4%BF%AE%E6%8A%A5%E5%91%8A%20%28final%29.pdf`,
    );
    expect(decodeURIComponent(header.split("UTF-8''")[1] ?? '')).toBe('维修报告 (final).pdf');
  });

  it('should not let a quote, backslash or line break out of the header value', () => {
    // Given a hostile name, when building an inline header, then neither form contains a raw quote or newline
    const header = contentDisposition('inline', 'a"b\\c\r\nSet-Cookie: x.png');
    expect(header).toMatch(/^inline; filename="a_b_c__Set-Cookie: x.png"; filename\*=UTF-8''a%22b%5Cc%0D%0ASet-Cookie/);
  });
});
