import type { FormInstance } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/ApiError';
import { formFieldErrors } from './serverErrors';

/**
 * Submits a form through `onSubmit` and puts a refusal where it belongs: per-field errors next to
 * their fields, anything else (a 403's detail, a conflict, an error of the console itself) in
 * `messages` for an alert. `submit` never rejects: callers may fire and forget it.
 */
export function useFormSubmit<Values>(form: FormInstance<Values>, onSubmit: (values: Values) => Promise<unknown>) {
  const [submitting, setSubmitting] = useState(false);
  const [messages, setMessages] = useState<string[]>([]);

  async function submit(values: Values): Promise<boolean> {
    setSubmitting(true);
    setMessages([]);
    try {
      await onSubmit(values);
      return true;
    } catch (error) {
      if (!(error instanceof ApiError)) console.error('The form could not be submitted', error);
      // Every registered field, filled in or not.
      const formFields = Object.keys(form.getFieldsValue() as object);
      const { fields, messages } = formFieldErrors(error, formFields);
      // The names come from the form itself, so they are its own field names.
      form.setFields(fields as Parameters<FormInstance<Values>['setFields']>[0]);
      setMessages(messages);
      return false;
    } finally {
      setSubmitting(false);
    }
  }

  return { submit, submitting, messages };
}
