import type { Condition, Rule } from './policies';

export const sources = ['header', 'cookie', 'query', 'clientIp', 'path'] as const;
export type Source = (typeof sources)[number];
const namedSources: readonly Source[] = ['header', 'cookie', 'query'];
export const isNamedSource = (source: Source | undefined) => source !== undefined && namedSources.includes(source);

/** The operators of the form; `inList` is `in` with a traffic list reference as its operand. */
export const operators = ['equals', 'in', 'inList', 'prefix', 'regex', 'tailDigits', 'modulo', 'percent', 'versionRange', 'cidr'] as const;
export type Operator = (typeof operators)[number];

/** How each operator's operand is typed into the form's one text box. */
export const operandHints: Record<Operator, string> = {
  equals: 'exact value',
  in: 'values, comma-separated',
  inList: 'traffic list name',
  prefix: 'prefix',
  regex: 'Java regex, matching the whole value',
  tailDigits: 'digits, comma-separated, e.g. 7, 07',
  modulo: 'divisor: remainders, e.g. 100: 0, 1',
  percent: '0–100, e.g. 5 or 12.5',
  versionRange: 'e.g. >=5.2.0 <6 || =4.9',
  cidr: 'CIDRs, comma-separated',
};

/** A rule as the form edits it: the common one-source-one-operator condition in fields, anything else as JSON text. */
export interface RuleRow {
  name: string;
  lane: string;
  mode: 'simple' | 'json';
  source?: Source;
  /** The header, cookie or query parameter name. */
  key?: string;
  operator?: Operator;
  operand?: string;
  /** The whole condition, in `json` mode. */
  json?: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const commaFree = (values: string[]) => values.every((value) => !value.includes(','));

/** The operand's text in the form, or undefined when the form cannot show it faithfully. */
function operandText(operator: string, operand: unknown): { operator: Operator; operand: string } | undefined {
  switch (operator) {
    case 'equals':
    case 'prefix':
    case 'regex':
    case 'versionRange':
      return typeof operand === 'string' ? { operator, operand } : undefined;
    case 'in':
      if (isStringArray(operand) && commaFree(operand)) return { operator, operand: operand.join(', ') };
      if (isObject(operand) && typeof operand.list === 'string') return { operator: 'inList', operand: operand.list };
      return undefined;
    case 'tailDigits':
      return isStringArray(operand) && commaFree(operand) ? { operator, operand: operand.join(', ') } : undefined;
    case 'cidr':
      if (typeof operand === 'string') return { operator, operand };
      return isStringArray(operand) && commaFree(operand) ? { operator, operand: operand.join(', ') } : undefined;
    case 'percent':
      return typeof operand === 'number' ? { operator, operand: String(operand) } : undefined;
    case 'modulo': {
      if (!isObject(operand) || Object.keys(operand).length !== 2 || typeof operand.divisor !== 'number' || !Array.isArray(operand.remainders)) return undefined;
      return { operator, operand: `${operand.divisor}: ${operand.remainders.join(', ')}` };
    }
    default:
      return undefined;
  }
}

/** The form fields of a condition with one source and one operator; undefined for composites and anything unusual. */
export function simpleCondition(when: Condition): Pick<RuleRow, 'source' | 'key' | 'operator' | 'operand'> | undefined {
  const keys = Object.keys(when);
  const named = keys.find((key) => namedSources.includes(key as Source)) as Source | undefined;
  if (named) {
    const operator = keys.find((key) => key !== named);
    if (keys.length !== 2 || typeof when[named] !== 'string' || operator === undefined) return undefined;
    const text = operandText(operator, when[operator]);
    return text && { source: named, key: when[named] as string, ...text };
  }
  if (keys.length !== 1 || (keys[0] !== 'path' && keys[0] !== 'clientIp')) return undefined;
  const source = keys[0] as Source;
  const value = when[source];
  // {"clientIp": "10.0.0.0/8"} is short for {"clientIp": {"cidr": "10.0.0.0/8"}}.
  if (source === 'clientIp' && (typeof value === 'string' || Array.isArray(value))) {
    const text = operandText('cidr', value);
    return text && { source, ...text };
  }
  if (!isObject(value) || Object.keys(value).length !== 1) return undefined;
  const [operator] = Object.keys(value);
  if (operator === 'cidr' && source !== 'clientIp') return undefined;
  const text = operandText(operator, value[operator]);
  return text && { source, ...text };
}

/**
 * A list reference as a PUT takes it: the server pins `{"list": "testers"}` to the list's current
 * version and answers `{"list": "testers", "version": 3}`; an edit starts from the unpinned form.
 */
export function unpinned(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unpinned);
  if (!isObject(value)) return value;
  if (typeof value.list === 'string' && Object.keys(value).every((key) => key === 'list' || key === 'version')) return { list: value.list };
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, unpinned(item)]));
}

export function toRow(rule: Rule): RuleRow {
  const when = unpinned(rule.when) as Condition;
  const simple = isObject(when) ? simpleCondition(when) : undefined;
  return simple
    ? { name: rule.name, lane: rule.lane, mode: 'simple', ...simple }
    : { name: rule.name, lane: rule.lane, mode: 'json', json: JSON.stringify(when, null, 2) };
}

const splitList = (text: string) =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

/** The operand an operator takes, from the form's text; throws an Error saying what to type otherwise. */
export function parseOperand(operator: Operator, text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '' && operator !== 'equals') throw new Error(`Enter ${operandHints[operator]}`);
  switch (operator) {
    case 'equals':
    case 'prefix':
    case 'regex':
      return text;
    case 'versionRange':
      return trimmed;
    case 'in':
    case 'tailDigits':
      return splitList(text);
    case 'inList':
      return { list: trimmed };
    case 'cidr': {
      const cidrs = splitList(text);
      return cidrs.length === 1 ? cidrs[0] : cidrs;
    }
    case 'percent': {
      const percent = Number(trimmed);
      if (!Number.isFinite(percent)) throw new Error('Enter a number from 0 to 100');
      return percent;
    }
    case 'modulo': {
      const match = /^(\d+)\s*:\s*(.*)$/.exec(trimmed);
      const remainders = match ? splitList(match[2]).map(Number) : [];
      if (!match || remainders.length === 0 || remainders.some((remainder) => !Number.isInteger(remainder))) {
        throw new Error('Write the divisor, a colon and the remainders, e.g. 100: 0, 1');
      }
      return { divisor: Number(match[1]), remainders };
    }
  }
}

/** Parses a condition typed as JSON; throws an Error for anything but a JSON object. */
export function parseCondition(text: string | undefined): Condition {
  let value: unknown;
  try {
    value = JSON.parse(text ?? '');
  } catch (error) {
    throw new Error(`Not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!isObject(value)) throw new Error('A condition is one JSON object');
  return value;
}

/** The rule a form row stands for; throws an Error when its condition is not filled in properly. */
export function fromRow(row: RuleRow): Rule {
  const rule = { name: row.name?.trim() ?? '', lane: row.lane ?? '' };
  if (row.mode === 'json') return { ...rule, when: parseCondition(row.json) };
  const { source, key, operator } = row;
  if (!source || !operator) throw new Error('Choose a source and an operator');
  const op = operator === 'inList' ? 'in' : operator;
  const operand = parseOperand(operator, row.operand ?? '');
  if (isNamedSource(source)) return { ...rule, when: { [source]: key?.trim() ?? '', [op]: operand } };
  return { ...rule, when: { [source]: { [op]: operand } } };
}

/** Switches a row to JSON, keeping what it says when the simple fields make a condition. */
export function rowAsJson(row: RuleRow): RuleRow {
  let json = '{}';
  try {
    json = JSON.stringify(fromRow({ ...row, mode: 'simple' }).when, null, 2);
  } catch {
    // An incomplete condition starts as an empty object to fill in.
  }
  return { name: row.name, lane: row.lane, mode: 'json', json };
}

/** The operators a source supports in the form: `cidr` only for the client IP. */
export const operatorsFor = (source: Source | undefined): Operator[] =>
  operators.filter((operator) => operator !== 'cidr' || source === 'clientIp');
