import { describe, expect, it } from 'vitest';
import { pathSegments, policyFormField } from './policyErrors';

const rows = [{ mode: 'simple' as const }, { mode: 'json' as const }, { mode: 'simple' as const }];

describe('pathSegments', () => {
  it('splits dotted paths with indexes and JSON pointers', () => {
    expect(pathSegments('rules[2].when.all[0].versionRange')).toEqual(['rules', 2, 'when', 'all', 0, 'versionRange']);
    expect(pathSegments('rules.2.lane')).toEqual(['rules', 2, 'lane']);
    expect(pathSegments('#/rules/0/name')).toEqual(['rules', 0, 'name']);
  });
});

describe('policyFormField', () => {
  it('puts name and lane errors on the rule’s fields', () => {
    expect(policyFormField('rules[0].name', rows)).toEqual(['rules', 0, 'name']);
    expect(policyFormField('rules[2].lane', rows)).toEqual(['rules', 2, 'lane']);
  });

  it('puts a simple condition’s operand errors on the operand, a bad source name on the name box', () => {
    expect(policyFormField('rules[0].when.versionRange', rows)).toEqual(['rules', 0, 'operand']);
    expect(policyFormField('rules[2].when.path.regex', rows)).toEqual(['rules', 2, 'operand']);
    expect(policyFormField('rules[0].when.header', rows)).toEqual(['rules', 0, 'key']);
    expect(policyFormField('rules[0].when', rows)).toEqual(['rules', 0, 'operator']);
  });

  it('puts everything below when of a JSON condition on its editor', () => {
    expect(policyFormField('rules[1].when.all[0].versionRange', rows)).toEqual(['rules', 1, 'json']);
    expect(policyFormField('rules[1].when', rows)).toEqual(['rules', 1, 'json']);
  });

  it('marks the rule’s name for an error about the rule itself or a field the form does not have', () => {
    expect(policyFormField('rules[1]', rows)).toEqual(['rules', 1, 'name']);
    expect(policyFormField('rules[0].priority', rows)).toEqual(['rules', 0, 'name']);
  });

  it('leaves errors about the whole policy, or rules the form does not have, to the message above the form', () => {
    expect(policyFormField('rules', rows)).toBeUndefined();
    expect(policyFormField('rules[7].lane', rows)).toBeUndefined();
    expect(policyFormField('gateway', rows)).toBeUndefined();
    expect(policyFormField('comment', rows)).toEqual(['comment']);
  });
});
