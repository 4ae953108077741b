import { describe, expect, it } from 'vitest';
import { chainStatusText } from './auditEvents';

describe('chainStatusText', () => {
  it('says how many events an intact chain has', () => {
    expect(chainStatusText({ intact: true, checked: 1234, firstBrokenSequence: null, problem: null })).toBe('Chain intact (1234 events)');
  });

  it('names the first broken sequence and the problem', () => {
    expect(chainStatusText({ intact: false, checked: 57, firstBrokenSequence: 42, problem: 'hash mismatch' })).toBe(
      'Chain broken at #42: hash mismatch',
    );
  });

  it('still says the chain is broken when the server names no sequence or problem', () => {
    expect(chainStatusText({ intact: false, checked: 0, firstBrokenSequence: null, problem: null })).toBe('Chain broken: unknown problem');
  });
});
