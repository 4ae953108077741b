import { describe, expect, it } from 'vitest';
import { ApiError, type FieldError } from '../api/ApiError';
import { formFieldErrors, formFieldOf } from './serverErrors';

const problem = (errors: FieldError[], detail = 'Invalid request content.') =>
  new ApiError({ type: 'about:blank', title: 'Bad Request', status: 400, detail, errors });

describe('formFieldOf', () => {
  it('maps nested and indexed paths and JSON pointers to the top-level field', () => {
    expect(['name', 'tags[0]', 'owners.1', '#/repositoryUrl', '/description'].map(formFieldOf)).toEqual([
      'name',
      'tags',
      'owners',
      'repositoryUrl',
      'description',
    ]);
  });
});

describe('formFieldErrors', () => {
  it('puts each message next to its field, grouping several for one field', () => {
    const error = problem([
      { field: 'username', detail: 'must match ^[a-z][a-z0-9._-]{1,62}$' },
      { field: 'password', detail: 'size must be at least 12' },
      { field: 'username', detail: 'is taken' },
    ]);

    expect(formFieldErrors(error, ['username', 'password', 'email'])).toEqual({
      fields: [
        { name: 'username', errors: ['must match ^[a-z][a-z0-9._-]{1,62}$', 'is taken'] },
        { name: 'password', errors: ['size must be at least 12'] },
      ],
      messages: [],
    });
  });

  it('shows errors on fields the form does not have, and ones without a field, above the form', () => {
    const error = problem([
      { field: 'key', detail: 'must not be blank' },
      { field: 'project', detail: 'is archived' },
      { detail: 'too many requests' },
    ]);

    expect(formFieldErrors(error, ['key', 'name'])).toEqual({
      fields: [{ name: 'key', errors: ['must not be blank'] }],
      messages: ['project: is archived', 'too many requests'],
    });
  });

  it('shows the detail of a problem without per-field errors, such as a 403', () => {
    const forbidden = new ApiError({
      type: '/problems/forbidden',
      title: 'Forbidden',
      status: 403,
      detail: 'Requires member.manage on project shop',
      errors: [],
    });

    expect(formFieldErrors(forbidden, ['username'])).toEqual({ fields: [], messages: ['Requires member.manage on project shop'] });
  });

  it('says an error of the console itself above the form, not a server answer', () => {
    expect(formFieldErrors(new TypeError("Cannot read properties of undefined (reading 'token')"), ['ttlMinutes'])).toEqual({
      fields: [],
      messages: ["Something went wrong in the console (Cannot read properties of undefined (reading 'token')); reload the page to see what was saved."],
    });
    expect(formFieldErrors('plain text', []).messages).toEqual(['Something went wrong in the console (plain text); reload the page to see what was saved.']);
  });
});
