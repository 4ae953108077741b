import { ApiError } from '../api/ApiError';

export interface FormFieldErrors {
  /** Messages for fields the form has, in antd's `setFields` shape. */
  fields: { name: string; errors: string[] }[];
  /** Everything else worth showing above the form: the problem's detail or errors on fields the form lacks. */
  messages: string[];
}

/** The form field a server error points at: `tags[0]` and `owners.1` belong to `tags`/`owners`, `#/name` to `name`. */
export function formFieldOf(field: string): string {
  return field.replace(/^#?\//, '').split(/[.[/]/)[0];
}

/**
 * Splits a problem into messages next to the form's fields and messages for the form as a whole. Any
 * other error (a bug in the console, not an answer of the server) is said above the form as it is.
 */
export function formFieldErrors(error: unknown, formFields: readonly string[]): FormFieldErrors {
  if (!(error instanceof ApiError)) {
    const what = error instanceof Error ? error.message : String(error);
    return { fields: [], messages: [`Something went wrong in the console (${what}); reload the page to see what was saved.`] };
  }
  const byField = new Map<string, string[]>();
  const messages: string[] = [];
  for (const { field, detail } of error.errors) {
    const name = field === undefined ? undefined : formFieldOf(field);
    if (name !== undefined && formFields.includes(name)) byField.set(name, [...(byField.get(name) ?? []), detail]);
    else messages.push(field ? `${field}: ${detail}` : detail);
  }
  if (byField.size === 0 && messages.length === 0) messages.push(error.detail ?? error.title);
  return { fields: [...byField].map(([name, errors]) => ({ name, errors })), messages };
}
