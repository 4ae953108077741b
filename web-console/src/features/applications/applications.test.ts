import { describe, expect, it } from 'vitest';
import { applicationChanges } from './applications';

describe('applicationChanges', () => {
  it('sends blank optional text as null and missing lists as empty', () => {
    expect(
      applicationChanges({ owners: undefined!, repositoryUrl: '  ', language: 'java ', description: undefined!, tags: undefined! }),
    ).toEqual({ owners: [], repositoryUrl: null, language: 'java', description: null, tags: [] });
  });
});
