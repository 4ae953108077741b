import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PageRequest } from '../../../api/paged';
import { trafficKeys } from '../trafficKeys';
import {
  clearPolicy,
  evaluate,
  getPolicy,
  getStats,
  getVersion,
  listGateways,
  listVersions,
  putPolicy,
  rollback,
  type PolicyChanges,
  type PolicyVersion,
  type SampleRequest,
} from './policies';

/** How often the live stats refresh; the gateway reports in 10 s buckets. */
export const statsRefreshMs = 5_000;

export function useGateways(request: PageRequest) {
  return useQuery({ queryKey: trafficKeys.policyList(request), queryFn: ({ signal }) => listGateways(request, signal), placeholderData: keepPreviousData });
}

export function usePolicy(gateway: string) {
  return useQuery({ queryKey: [...trafficKeys.gateway(gateway), 'current'], queryFn: ({ signal }) => getPolicy(gateway, signal) });
}

export function usePolicyVersions(gateway: string, request: PageRequest) {
  return useQuery({
    queryKey: trafficKeys.versions(gateway, request),
    queryFn: ({ signal }) => listVersions(gateway, request, signal),
    placeholderData: keepPreviousData,
  });
}

/** One version; versions never change, so once loaded it stays. */
export function usePolicyVersion(gateway: string, version: number | undefined) {
  return useQuery({
    queryKey: trafficKeys.version(gateway, version ?? 0),
    queryFn: ({ signal }) => getVersion(gateway, version!, signal),
    enabled: version !== undefined,
    staleTime: Infinity,
  });
}

export function useGatewayStats(gateway: string) {
  return useQuery({
    queryKey: trafficKeys.stats(gateway),
    queryFn: ({ signal }) => getStats(gateway, signal),
    refetchInterval: statsRefreshMs,
    placeholderData: keepPreviousData,
  });
}

/** A change that makes a new version: show it at once, then refresh the gateway's history and the gateway list. */
function useNewVersion<Variables>(gateway: string, change: (variables: Variables) => Promise<PolicyVersion>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: async (policy) => {
      queryClient.setQueryData([...trafficKeys.gateway(gateway), 'current'], policy);
      await queryClient.invalidateQueries({ queryKey: trafficKeys.policies });
    },
  });
}

export const useSavePolicy = (gateway: string) => useNewVersion(gateway, (changes: PolicyChanges) => putPolicy(gateway, changes));
export const useRollback = (gateway: string) => useNewVersion(gateway, (version: number) => rollback(gateway, version));
export const useEmergencyStop = (gateway: string) => useNewVersion(gateway, () => clearPolicy(gateway));

export function useEvaluate(gateway: string) {
  return useMutation({ mutationFn: (sample: SampleRequest) => evaluate(gateway, sample) });
}
