import { describe, expect, it } from 'vitest';
import { newTokenRequest, tokenStatus } from './tokens';

const now = new Date('2025-06-01T12:00:00Z');

describe('tokenStatus', () => {
  it('is Active before the expiry and for a token that never expires', () => {
    expect(tokenStatus({ revokedAt: null, expiresAt: '2025-06-01T12:00:01Z' }, now)).toBe('Active');
    expect(tokenStatus({ revokedAt: null, expiresAt: null }, now)).toBe('Active');
  });

  it('is Expired from the expiry instant on', () => {
    expect(tokenStatus({ revokedAt: null, expiresAt: '2025-06-01T12:00:00Z' }, now)).toBe('Expired');
    expect(tokenStatus({ revokedAt: null, expiresAt: '2025-01-01T00:00:00Z' }, now)).toBe('Expired');
  });

  it('is Revoked once revoked, even if it has expired since', () => {
    expect(tokenStatus({ revokedAt: '2024-12-01T00:00:00Z', expiresAt: '2025-01-01T00:00:00Z' }, now)).toBe('Revoked');
  });
});

describe('newTokenRequest', () => {
  it('leaves out an empty scope, which means everything the owner may do', () => {
    expect(newTokenRequest({ name: ' ci ', expiresInDays: 90, projects: [], permissions: undefined })).toEqual({ name: 'ci', expiresInDays: 90 });
  });

  it('keeps a narrowed scope', () => {
    expect(newTokenRequest({ name: 'deploy', expiresInDays: 7, projects: ['shop'], permissions: ['release.deploy', 'production'] })).toEqual({
      name: 'deploy',
      expiresInDays: 7,
      projects: ['shop'],
      permissions: ['release.deploy', 'production'],
    });
  });
});
