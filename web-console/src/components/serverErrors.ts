import type { ApiError } from '../api/ApiError';

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

/** Splits a problem into messages next to the form's fields and messages for the form as a whole. */
export function formFieldErrors(error: ApiError, formFields: readonly string[]): FormFieldErrors {
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
