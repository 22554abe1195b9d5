import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cnWorkdaysCalendar } from '../cn-workdays.calendar';

// The shipped definition is generated from chinese-days. After upgrading chinese-days, regenerate it with:
//   UPDATE_DEFINITIONS=1 npx jest -c libs/rules/jest.config.cjs cn-workdays-definition
const file = join(__dirname, '../../../../../definitions/calendars/cn-workdays.calendar.json');
const expected = { $schema: '../schemas/calendar.schema.json', ...cnWorkdaysCalendar() };

describe('definitions/calendars/cn-workdays.calendar.json', () => {
  it('should be exactly the calendar built from the installed chinese-days', () => {
    // given the calendar built from chinese-days (regenerated on request)
    if (process.env.UPDATE_DEFINITIONS === '1') writeFileSync(file, `${JSON.stringify(expected, null, 2)}\n`);

    // when the shipped definition is read
    const shipped = JSON.parse(readFileSync(file, 'utf8')) as unknown;

    // then it has not drifted from the package data
    expect(shipped).toEqual(expected);
  });
});
