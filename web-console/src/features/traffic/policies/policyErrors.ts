import type { RuleRow } from './conditionForm';

/** The segments of a problem's field path: `rules[2].when.all[0].versionRange` → rules, 2, when, all, 0, versionRange. */
export function pathSegments(field: string): (string | number)[] {
  return field
    .replace(/^#?\//, '')
    .split(/[.[\]/]/)
    .filter((segment) => segment !== '')
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

const namedSources = new Set(['header', 'cookie', 'query']);

/**
 * The field of the policy form a server error belongs to, as an antd name path, or undefined when it
 * concerns the policy as a whole (e.g. `rules`: too many rules). A condition in JSON mode takes all
 * errors below `when`; a simple one puts a bad source name on `key`, anything else on `operand`.
 */
export function policyFormField(field: string, rows: readonly Pick<RuleRow, 'mode'>[]): (string | number)[] | undefined {
  const [first, index, property, ...below] = pathSegments(field);
  if (first === 'comment') return ['comment'];
  if (first !== 'rules' || typeof index !== 'number' || index >= rows.length) return undefined;
  if (property === 'lane') return ['rules', index, 'lane'];
  if (property !== 'when') return ['rules', index, 'name'];
  if (rows[index].mode === 'json') return ['rules', index, 'json'];
  if (below.length === 0) return ['rules', index, 'operator'];
  if (below.length === 1 && namedSources.has(String(below[0]))) return ['rules', index, 'key'];
  return ['rules', index, 'operand'];
}
