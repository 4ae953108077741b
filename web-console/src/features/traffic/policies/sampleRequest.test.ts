import { describe, expect, it } from 'vitest';
import { sampleRequest } from './sampleRequest';

describe('sampleRequest', () => {
  it('turns the rows into maps, skipping rows without a name and trimming names', () => {
    const sample = sampleRequest({
      headers: [{ name: ' x-user-id ', value: '1001' }, { name: '', value: 'lost' }, { value: 'no name' }],
      cookies: [{ name: 'region', value: 'GD' }],
      query: [{ name: 'debug' }],
      clientIp: ' 203.0.113.9 ',
      path: '',
    });

    expect(sample).toEqual({
      headers: { 'x-user-id': '1001' },
      cookies: { region: 'GD' },
      query: { debug: '' },
      clientIp: '203.0.113.9',
      path: undefined,
      rules: undefined,
    });
  });

  it('lets a later row of the same name win and carries draft rules', () => {
    const rules = [{ name: 'testers', lane: 'gray', when: { header: 'x', equals: '1' } }];
    const sample = sampleRequest({ headers: [{ name: 'a', value: '1' }, { name: 'a', value: '2' }], cookies: [], query: [] }, rules);

    expect(sample.headers).toEqual({ a: '2' });
    expect(sample.rules).toBe(rules);
  });
});
