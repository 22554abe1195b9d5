import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EntityManager } from '@mikro-orm/postgresql';
import { workingTimeBetween, type BusinessCalendar } from '@anxin/rules';
import { workspaceRoot } from '@anxin/testing';
import { TenantDatabase } from '../../src/common/database/tenant-database.service';
import type { DefinitionRegistry } from '../../src/engine-runtime/definition-registry.service';
import { ReportCalendars } from '../../src/modules/reports/report-calendars.service';
import { startOrgHarness, type OrgHarness } from '../support/org-harness';

const content = readFileSync(path.join(workspaceRoot, 'definitions/calendars/cn-workdays.calendar.json'), 'utf8');
const cnWorkdays = JSON.parse(content) as BusinessCalendar;

// Instant pairs across the cases that matter: lunch break, evenings, a 调休 Sunday, National Day, a year end,
// the wrong order, and beyond the holiday list's coverage (weekly hours only).
const CASES: readonly [string, string][] = [
  ['2025-09-26T17:00:00+08:00', '2025-09-29T10:00:00+08:00'],
  ['2025-09-29T11:30:00+08:00', '2025-09-29T14:00:00+08:00'],
  ['2025-09-30T08:00:00+08:00', '2025-10-09T09:30:00+08:00'],
  ['2025-12-31T17:59:00+08:00', '2026-01-05T09:01:00+08:00'],
  ['2025-10-11T12:00:00+08:00', '2025-10-10T12:00:00+08:00'],
  ['2025-06-01T00:00:00Z', '2025-08-31T23:59:00Z'],
  ['2027-03-01T09:00:00+08:00', '2027-03-08T09:00:00+08:00'],
];

describe('anxin_working_hours (SQL) over report_calendar_day agrees with workingTimeBetween', () => {
  let h: OrgHarness;
  let calendars: ReportCalendars;

  const sqlHours = async (from: string | null, to: string | null, key = 'cn-workdays') => {
    const [row] = await h.rows<{ hours: number | null }>(
      `select anxin_working_hours(?::timestamptz, ?::timestamptz, ?) as hours`,
      [from, to, key],
    );
    return row?.hours ?? null;
  };

  beforeAll(async () => {
    h = await startOrgHarness();
    const registry = { onDeployed: () => undefined, latestVersions: () => Promise.resolve([]) };
    calendars = new ReportCalendars(h.moduleRef.get(EntityManager), registry as unknown as DefinitionRegistry);
    // Given the cn-workdays calendar deployed and its days filled
    await h.rows(
      `insert into definition (id, kind, key, version, content, checksum, status, created_at)
       values (?, 'calendar', 'cn-workdays', 1, ?, 'test', 'active', now())`,
      [randomUUID(), content],
    );
    expect(await calendars.sync('cn-workdays', new Date('2026-11-23T00:00:00Z'))).toBeGreaterThan(5000);
  });

  afterAll(() => h.close());

  it.each(CASES)('should count the same working hours from %s to %s', async (from, to) => {
    // When both compute the working time between the instants
    const expected = workingTimeBetween(from, to, cnWorkdays);
    if (!expected.ok) throw new Error(JSON.stringify(expected.problems));
    // Then they agree to the second
    expect(await sqlHours(from, to)).toBeCloseTo(expected.value / 3_600_000, 4);
  });

  it('should count 9.5 h from Friday 17:00 to Monday 10:00 over the make-up Sunday of 2025-09-28', async () => {
    expect(await sqlHours('2025-09-26T17:00:00+08:00', '2025-09-29T10:00:00+08:00')).toBeCloseTo(9.5, 6);
  });

  it('should give null for a missing instant and 0 for an unknown calendar', async () => {
    expect(await sqlHours(null, '2025-09-29T10:00:00+08:00')).toBeNull();
    expect(await sqlHours('2025-09-26T17:00:00+08:00', '2025-09-29T10:00:00+08:00', 'no-such-calendar')).toBe(0);
  });

  it('should empty a calendar that is no longer deployed, and be readable by the tenant role', async () => {
    // When a calendar without a deployed version is synced
    expect(await calendars.sync('no-such-calendar')).toBe(0);
    // Then its days are gone, while the tenant role can still read the deployed one's (a report runs as anxin_app)
    const [row] = await h.rows<{ n: string }>(
      `select count(*) as n from report_calendar_day where calendar_key = 'no-such-calendar'`,
    );
    expect(Number(row?.n)).toBe(0);
    const [asTenant] = await h.moduleRef
      .get(TenantDatabase)
      .forTenant(h.tenants.get('demo') ?? '', (em) =>
        em.execute<{ hours: number }[]>(
          `select anxin_working_hours('2025-09-29T09:00:00+08:00', '2025-09-29T18:00:00+08:00', 'cn-workdays') as hours`,
        ),
      );
    expect(asTenant?.hours).toBeCloseTo(7.5, 6);
  });
});
