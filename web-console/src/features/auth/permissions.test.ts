import { describe, expect, it } from 'vitest';
import { can, canCreateProjects, canManageUsers, canReadAudit, type Grants } from './permissions';

const member = (role: Grants['projects'][number]['role']): Grants => ({ admin: false, auditor: false, projects: [{ key: 'shop', role }] });

describe('can', () => {
  it('follows the role table of docs/security.md', () => {
    expect(can(member('owner'), 'member.manage', 'shop')).toBe(true);
    expect(can(member('maintainer'), 'application.write', 'shop')).toBe(true);
    expect(can(member('maintainer'), 'member.manage', 'shop')).toBe(false);
    expect(can(member('developer'), 'application.write', 'shop')).toBe(false);
    expect(can(member('release-manager'), 'release.approve', 'shop')).toBe(true);
    expect(can(member('viewer'), 'project.read', 'shop')).toBe(true);
    expect(can(member('viewer'), 'project.update', 'shop')).toBe(false);
  });

  it('grants nothing on a project the user is not a member of', () => {
    expect(can(member('owner'), 'project.read', 'billing')).toBe(false);
  });

  it('grants everything to an admin, and nothing to change to an auditor', () => {
    expect(can({ admin: true, auditor: false, projects: [] }, 'project.delete', 'billing')).toBe(true);
    expect(can({ admin: false, auditor: true, projects: [] }, 'application.write', 'billing')).toBe(false);
  });
});

describe('platform roles', () => {
  const admin: Grants = { admin: true, auditor: false, projects: [] };
  const auditor: Grants = { admin: false, auditor: true, projects: [] };
  const user: Grants = { admin: false, auditor: false, projects: [] };

  it('lets admins manage users and create projects, and admins and auditors read the audit trail', () => {
    expect([admin, auditor, user].map(canManageUsers)).toEqual([true, false, false]);
    expect([admin, auditor, user].map(canCreateProjects)).toEqual([true, false, false]);
    expect([admin, auditor, user].map(canReadAudit)).toEqual([true, true, false]);
  });
});
