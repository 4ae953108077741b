import { describe, expect, it } from 'vitest';
import { entriesOf } from './trafficLists';

describe('entriesOf', () => {
  it('reads one entry a line, trimmed, ignoring blank lines and Windows line ends', () => {
    expect(entriesOf('1001\r\n\n  1002  \r\n\t\n1003')).toEqual(['1001', '1002', '1003']);
  });

  it('reads nothing from blank text', () => {
    expect(entriesOf(' \n\n')).toEqual([]);
  });
});
