import { describe, expect, it } from 'vitest';
import { fromRow, operatorsFor, parseOperand, rowAsJson, simpleCondition, toRow, unpinned } from './conditionForm';
import type { Rule } from './policies';

const docExamples: Rule[] = [
  { name: 'testers', lane: 'gray', when: { header: 'x-user-id', in: ['1001', '1002'] } },
  { name: 'tail-7', lane: 'gray', when: { header: 'x-user-id', tailDigits: ['7'] } },
  { name: 'new-app', lane: 'gray', when: { header: 'x-app-version', versionRange: '>=5.2.0' } },
  { name: 'five-pct', lane: 'gray', when: { header: 'x-user-id', percent: 5 } },
  { name: 'api', lane: 'gray', when: { path: { prefix: '/api/' } } },
  { name: 'office', lane: 'gray', when: { clientIp: { cidr: ['10.0.0.0/8', '192.168.0.0/16'] } } },
  { name: 'mod', lane: 'gray', when: { cookie: 'uid', modulo: { divisor: 100, remainders: [0, 1] } } },
  { name: 'listed', lane: 'gray', when: { query: 'user', in: { list: 'testers' } } },
];

describe('toRow and fromRow', () => {
  it.each(docExamples)('round-trip the simple condition of rule $name through the form', (rule) => {
    const row = toRow(rule);
    expect(row.mode).toBe('simple');
    expect(fromRow(row)).toEqual(rule);
  });

  it('keeps composites as JSON text', () => {
    const rule: Rule = { name: 'gd', lane: 'feature-x', when: { all: [{ cookie: 'region', equals: 'GD' }, { not: { clientIp: '10.0.0.0/8' } }] } };
    const row = toRow(rule);
    expect(row).toMatchObject({ mode: 'json', name: 'gd', lane: 'feature-x' });
    expect(fromRow(row)).toEqual(rule);
  });

  it('keeps a salted percent and values with commas as JSON, which the text box could not show faithfully', () => {
    expect(toRow({ name: 'p', lane: 'gray', when: { header: 'x', percent: 5, salt: 's' } }).mode).toBe('json');
    expect(toRow({ name: 'p', lane: 'gray', when: { header: 'x', in: ['a,b'] } }).mode).toBe('json');
  });

  it('reads the clientIp shorthand as cidr and writes it back in full', () => {
    expect(simpleCondition({ clientIp: '10.0.0.0/8' })).toEqual({ source: 'clientIp', operator: 'cidr', operand: '10.0.0.0/8' });
    expect(fromRow(toRow({ name: 'c', lane: 'gray', when: { clientIp: '10.0.0.0/8' } })).when).toEqual({ clientIp: { cidr: '10.0.0.0/8' } });
  });

  it('starts an edit from unpinned list references', () => {
    const rule: Rule = { name: 'listed', lane: 'gray', when: { any: [{ header: 'u', in: { list: 'testers', version: 3 } }] } };
    expect(unpinned(rule.when)).toEqual({ any: [{ header: 'u', in: { list: 'testers' } }] });
    expect(toRow({ ...rule, when: { header: 'u', in: { list: 'testers', version: 3 } } })).toMatchObject({ operator: 'inList', operand: 'testers' });
  });

  it('says what is wrong with a condition typed as JSON', () => {
    expect(() => fromRow({ name: 'x', lane: 'gray', mode: 'json', json: '{"all": [' })).toThrow(/Not JSON/);
    expect(() => fromRow({ name: 'x', lane: 'gray', mode: 'json', json: '[]' })).toThrow(/one JSON object/);
  });

  it('switches a row to JSON keeping its condition', () => {
    const row = rowAsJson({ name: 'x', lane: 'gray', mode: 'simple', source: 'header', key: 'x-user-id', operator: 'in', operand: '1, 2' });
    expect(JSON.parse(row.json!)).toEqual({ header: 'x-user-id', in: ['1', '2'] });
  });
});

describe('parseOperand', () => {
  it('reads each operator’s operand from text', () => {
    expect(parseOperand('in', ' 1001, 1002 ,')).toEqual(['1001', '1002']);
    expect(parseOperand('percent', '12.5')).toBe(12.5);
    expect(parseOperand('modulo', '100: 0, 7')).toEqual({ divisor: 100, remainders: [0, 7] });
    expect(parseOperand('cidr', '10.0.0.0/8')).toBe('10.0.0.0/8');
    expect(parseOperand('versionRange', ' >=5.2.0 ')).toBe('>=5.2.0');
  });

  it('refuses what it cannot read', () => {
    expect(() => parseOperand('percent', 'lots')).toThrow(/number/);
    expect(() => parseOperand('modulo', '100')).toThrow(/divisor/);
    expect(() => parseOperand('in', ' ')).toThrow(/Enter/);
  });
});

describe('operatorsFor', () => {
  it('offers cidr for the client IP only', () => {
    expect(operatorsFor('clientIp')).toContain('cidr');
    expect(operatorsFor('header')).not.toContain('cidr');
  });
});
