import { describe, expect, it } from 'vitest';
import { asPaged, withQuery } from './paged';

describe('withQuery', () => {
  it('leaves out undefined and blank parameters and trims the rest', () => {
    expect(withQuery('/api/v1/projects', { q: '  ', page: 0, size: 20, actor: undefined })).toBe('/api/v1/projects?page=0&size=20');
    expect(withQuery('/api/v1/projects', { q: ' shop ' })).toBe('/api/v1/projects?q=shop');
  });

  it('encodes values', () => {
    expect(withQuery('/api/v1/audit-events', { target: 'project/shop', from: '2025-01-01T00:00:00.000Z' })).toBe(
      '/api/v1/audit-events?target=project%2Fshop&from=2025-01-01T00%3A00%3A00.000Z',
    );
  });

  it('answers the bare path without parameters', () => {
    expect(withQuery('/api/v1/tokens', {})).toBe('/api/v1/tokens');
  });
});

describe('asPaged', () => {
  it('keeps a PagedModel', () => {
    const paged = { content: [1], page: { size: 20, number: 2, totalElements: 41, totalPages: 3 } };
    expect(asPaged(paged)).toBe(paged);
  });

  it('makes a plain array a single page', () => {
    expect(asPaged(['a', 'b'])).toEqual({ content: ['a', 'b'], page: { size: 2, number: 0, totalElements: 2, totalPages: 1 } });
  });
});
