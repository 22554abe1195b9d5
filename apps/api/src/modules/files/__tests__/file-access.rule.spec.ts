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
});
