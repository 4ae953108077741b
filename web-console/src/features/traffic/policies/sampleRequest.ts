import type { Rule, SampleRequest } from './policies';

export interface Pair {
  name?: string;
  value?: string;
}

export interface SampleValues {
  headers: Pair[];
  cookies: Pair[];
  query: Pair[];
  clientIp?: string;
  path?: string;
}

/** Rows with a name, as the map the API takes; a later row of the same name wins. */
const toMap = (pairs: Pair[] | undefined) =>
  Object.fromEntries((pairs ?? []).filter((pair) => pair.name?.trim()).map((pair) => [pair.name!.trim(), pair.value ?? '']));

export const sampleRequest = (values: SampleValues, rules?: Rule[]): SampleRequest => ({
  headers: toMap(values.headers),
  cookies: toMap(values.cookies),
  query: toMap(values.query),
  clientIp: values.clientIp?.trim() || undefined,
  path: values.path?.trim() || undefined,
  rules,
});
