import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPORT_PROBLEM_CODES } from '../index';

const doc = readFileSync(join(__dirname, '../../../../docs/definitions/reports.md'), 'utf8');

describe('docs/definitions/reports.md', () => {
  it.each(REPORT_PROBLEM_CODES)('should explain the problem code %s', (code) => {
    // given the reports documentation
    // when a problem code is looked for
    // then the problem codes table names it
    expect(doc).toContain(`\`${code}\``);
  });
});
