import type { PageRequest } from '../../api/paged';

/** Query keys of everything under Traffic & Lanes; invalidating a prefix refreshes what depends on it. */
export const trafficKeys = {
  all: ['traffic'] as const,
  lanes: ['traffic', 'lanes'] as const,
  policies: ['traffic', 'policies'] as const,
  policyList: (request: PageRequest) => [...trafficKeys.policies, 'list', request] as const,
  /** Prefix of everything about one gateway's policy: current version, versions, stats. */
  gateway: (gateway: string) => [...trafficKeys.policies, 'gateway', gateway] as const,
  versions: (gateway: string, request: PageRequest) => [...trafficKeys.gateway(gateway), 'versions', request] as const,
  version: (gateway: string, version: number) => [...trafficKeys.gateway(gateway), 'version', version] as const,
  stats: (gateway: string) => [...trafficKeys.gateway(gateway), 'stats'] as const,
  lists: ['traffic', 'lists'] as const,
  listPage: (request: PageRequest) => [...trafficKeys.lists, 'page', request] as const,
  list: (name: string) => [...trafficKeys.lists, 'one', name] as const,
};
