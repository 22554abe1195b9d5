import { unsafePatternReason } from '../pattern-safety';

describe('unsafePatternReason', () => {
  it.each(['\\d{4}', '[A-Z]{2}-\\d+', '(BX|WX)-\\d{8}', '1[3-9]\\d{9}', '[(+*]+', '(ab)?c', '\\(\\d+\\)+'])(
    'should accept %s',
    (pattern) => {
      // given a pattern without nested repetition
      // when it is judged
      // then it is safe
      expect(unsafePatternReason(pattern)).toBeNull();
    },
  );

  it.each(['(a+)+', '(a*)*b', '(\\d+)+x', '(a|ab)*', '((a)+)+', '(a{2,})+', '(a)\\1', 'x'.repeat(501)])(
    'should refuse %s',
    (pattern) => {
      // given a pattern that can backtrack catastrophically (or is too long)
      // when it is judged
      // then a reason is given
      expect(unsafePatternReason(pattern)).not.toBeNull();
    },
  );
});
