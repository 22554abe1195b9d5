import { REDACTED, summarizeInput } from '../audit-summary.util';

describe('summarizeInput', () => {
  it('should redact secrets at any depth and keep the rest', () => {
    // Given mutation arguments with passwords and tokens among ordinary values
    const summary = summarizeInput({
      username: 'engineer',
      password: 'hunter2!',
      input: { id: 't1', data: { note: 'leak', apiToken: 'abc', clientSecret: 's' } },
      refreshToken: 'r',
    });
    // Then the secrets are replaced, everything else is kept
    expect(summary).toEqual({
      username: 'engineer',
      password: REDACTED,
      input: { id: 't1', data: { note: 'leak', apiToken: REDACTED, clientSecret: REDACTED } },
      refreshToken: REDACTED,
    });
  });

  it('should cut long strings and lists, elide deep nesting, and cap the whole summary', () => {
    const deep = { a: { b: { c: { d: { e: { f: 'too deep' } } } } } };
    const summary = summarizeInput({ text: 'x'.repeat(500), list: Array.from({ length: 30 }, (_, i) => i), deep });
    expect((summary['text'] as string).length).toBe(201);
    expect(summary['list']).toHaveLength(21);
    expect(JSON.stringify(summary['deep'])).not.toContain('too deep');
    const huge = summarizeInput({ items: Array.from({ length: 20 }, () => ({ note: 'y'.repeat(200) })) });
    expect(huge).toEqual({ truncated: true, keys: ['items'] });
  });
});
