import { readFileSync } from 'node:fs';
import path from 'node:path';
import { USER_ROLES } from '@anxin/persistence';
import { parseSeedData } from '../seed-data.schema';

const demo = JSON.parse(
  readFileSync(path.join(__dirname, '../../../../../../definitions/seed/demo.seed.json'), 'utf8'),
) as unknown;

describe('seed data (definitions/seed/*.seed.json)', () => {
  it('should accept the demo seed, with one demo user per role', () => {
    const data = parseSeedData(demo);
    const roles = data.tenants.flatMap((t) => t.users.flatMap((u) => u.roles));
    expect(new Set(roles)).toEqual(new Set(USER_ROLES));
  });

  it('should refuse an unknown role, naming where it is', () => {
    const unknownRole = {
      tenants: [
        {
          code: 'x',
          name: 'X',
          users: [{ username: 'al', displayName: 'Al', password: 'password1', roles: ['root'] }],
        },
      ],
    };
    expect(() => parseSeedData(unknownRole)).toThrow(/tenants\.0\.users\.0\.roles\.0/);
  });

  it('should list every dangling reference in one error', () => {
    const user = { displayName: 'U', password: 'password1', roles: ['engineer'] };
    const dangling = {
      tenants: [
        {
          code: 'x',
          name: 'X',
          users: [
            { ...user, username: 'al', projects: ['nowhere'] },
            { ...user, username: 'bo', manager: 'ghost' },
          ],
          teams: [{ name: 'T', members: [{ user: 'nobody' }] }],
        },
      ],
    };
    expect(() => parseSeedData(dangling)).toThrow(/no project nowhere[\s\S]*no manager ghost[\s\S]*no user nobody/);
  });
});
