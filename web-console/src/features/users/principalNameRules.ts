import type { FormRule } from 'antd';
import { principalNamePattern } from './users';

/** The rules of a new user's or service account's name; the two share one name space. */
export const principalNameRules: FormRule[] = [
  { required: true },
  { pattern: principalNamePattern, message: 'Lower-case letters, digits, . _ -; starts with a letter; 2–63 characters' },
];
