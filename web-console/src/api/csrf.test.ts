import { describe, expect, it } from 'vitest';
import { changesState, readCookie } from './csrf';

describe('readCookie', () => {
  it('finds a cookie among others, ignoring the spaces between them', () => {
    expect(readCookie('SESSION_HINT=1; XSRF-TOKEN=4f2c-91ab; theme=dark', 'XSRF-TOKEN')).toBe('4f2c-91ab');
  });

  it('does not mistake a cookie whose name ends the same way', () => {
    expect(readCookie('OLD-XSRF-TOKEN=stale', 'XSRF-TOKEN')).toBeUndefined();
  });

  it('decodes a URL-encoded value and keeps one that is not', () => {
    expect(readCookie('XSRF-TOKEN=a%2Bb%3D', 'XSRF-TOKEN')).toBe('a+b=');
    expect(readCookie('XSRF-TOKEN=100%', 'XSRF-TOKEN')).toBe('100%');
  });

  it('keeps an = inside the value', () => {
    expect(readCookie('XSRF-TOKEN=abc==', 'XSRF-TOKEN')).toBe('abc==');
  });

  it('answers undefined when there are no cookies', () => {
    expect(readCookie('', 'XSRF-TOKEN')).toBeUndefined();
  });
});

describe('changesState', () => {
  it('is true for the methods that need the CSRF token, whatever their case', () => {
    expect(['POST', 'PUT', 'PATCH', 'DELETE', 'delete'].map(changesState)).toEqual([true, true, true, true, true]);
  });

  it('is false for safe methods and for a request without a method', () => {
    expect(['GET', 'HEAD', 'OPTIONS', 'get', undefined].map(changesState)).toEqual([false, false, false, false, false]);
  });
});
