import type { Actor } from '../../../common/context/actor.type';
import type { UserRole } from '@anxin/persistence';
import { canReadFile } from '../file-access.rule';

const actor = (userId: string, roles: UserRole[]): Actor => ({
  userId,
  tenantId: 't',
  username: userId,
  displayName: userId,
  roles,
  projectIds: [],
  teamIds: [],
  teamCodes: [],
  unitIds: [],
});

describe('canReadFile', () => {
  const staffUpload = { uploadedBy: 'agent-1' };
  const ownerUpload = { uploadedBy: 'owner-1' };

  it.each(['admin', 'designer', 'agent', 'engineer', 'supervisor', 'finance', 'manager'] as const)(
    'should let %s read any file of the company',
    (role) => {
      // Given a staff member who uploaded neither file, then he reads both
      expect(canReadFile({ actor: actor('staff-9', [role]), file: staffUpload })).toBe(true);
      expect(canReadFile({ actor: actor('staff-9', [role]), file: ownerUpload })).toBe(true);
    },
  );

  it('should let an owner read his own uploads only', () => {
    // Given an owner, then his upload is readable and a staff upload is not
    expect(canReadFile({ actor: actor('owner-1', ['owner']), file: ownerUpload })).toBe(true);
    expect(canReadFile({ actor: actor('owner-1', ['owner']), file: staffUpload })).toBe(false);
    expect(canReadFile({ actor: actor('owner-2', ['owner']), file: ownerUpload })).toBe(false);
  });

  it('should let an owner read a file of work he sees, and only then', () => {
    // Given a staff upload that is a photo in the owner's ticket, then he reads it; without that fact he does not
    const owner = actor('owner-1', ['owner']);
    expect(canReadFile({ actor: owner, file: staffUpload, facts: { referencedByVisibleInstance: true } })).toBe(true);
    expect(canReadFile({ actor: owner, file: staffUpload, facts: { referencedByVisibleInstance: false } })).toBe(false);
  });
});
