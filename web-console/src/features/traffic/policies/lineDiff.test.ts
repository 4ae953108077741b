import { describe, expect, it } from 'vitest';
import { jsonLines, lineDiff } from './lineDiff';

const render = (lines: ReturnType<typeof lineDiff>) => lines.map(({ kind, text }) => `${{ same: ' ', added: '+', removed: '-' }[kind]}${text}`);

describe('lineDiff', () => {
  it('marks nothing when both sides are the same', () => {
    expect(render(lineDiff(['a', 'b'], ['a', 'b']))).toEqual([' a', ' b']);
  });

  it('finds an inserted and a removed line between common ones', () => {
    expect(render(lineDiff(['a', 'b', 'c', 'd'], ['a', 'c', 'x', 'd']))).toEqual([' a', '-b', ' c', '+x', ' d']);
  });

  it('shows a changed line as removed, then added', () => {
    expect(render(lineDiff(['{', '  "lane": "gray"', '}'], ['{', '  "lane": "feature-x"', '}']))).toEqual([
      ' {',
      '-  "lane": "gray"',
      '+  "lane": "feature-x"',
      ' }',
    ]);
  });

  it('keeps the longest common subsequence in the changed middle', () => {
    const diff = lineDiff(['x', 'a', 'b', 'c', 'y'], ['z', 'a', 'c', 'b', 'w']);
    expect(diff.filter((line) => line.kind === 'same').map((line) => line.text)).toHaveLength(2);
    expect(diff.filter((line) => line.kind !== 'added').map((line) => line.text)).toEqual(['x', 'a', 'b', 'c', 'y']);
    expect(diff.filter((line) => line.kind !== 'removed').map((line) => line.text)).toEqual(['z', 'a', 'c', 'b', 'w']);
  });

  it('handles an empty side', () => {
    expect(render(lineDiff([], ['a']))).toEqual(['+a']);
    expect(render(lineDiff(['a'], []))).toEqual(['-a']);
  });

  it('diffs the pretty-printed JSON of two policies', () => {
    const before = jsonLines({ rules: [{ name: 'testers', lane: 'gray' }] });
    const after = jsonLines({ rules: [{ name: 'testers', lane: 'gray' }, { name: 'gd', lane: 'feature-x' }] });
    const changed = lineDiff(before, after).filter((line) => line.kind !== 'same');
    expect(changed.every((line) => line.kind === 'added')).toBe(true);
    expect(changed.map((line) => line.text.trim())).toContain('"name": "gd",');
  });

  it('falls back to removed-then-added for huge changed middles instead of a giant table', () => {
    const a = Array.from({ length: 3000 }, (_, i) => `a${i}`);
    const b = Array.from({ length: 3000 }, (_, i) => `b${i}`);
    const diff = lineDiff(['h', ...a, 't'], ['h', ...b, 't']);
    expect(diff).toHaveLength(6002);
    expect(diff[1]).toEqual({ kind: 'removed', text: 'a0' });
    expect(diff[3001]).toEqual({ kind: 'added', text: 'b0' });
  });
});
