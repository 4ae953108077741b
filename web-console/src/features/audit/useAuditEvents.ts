import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { listAuditEvents, verifyAuditChain, type AuditQuery } from './auditEvents';

const all = ['audit-events'] as const;

export const auditKeys = {
  all,
  list: (query: AuditQuery) => [...all, 'list', query] as const,
  verification: [...all, 'verify'] as const,
};

export function useAuditEvents(query: AuditQuery) {
  return useQuery({
    queryKey: auditKeys.list(query),
    queryFn: ({ signal }) => listAuditEvents(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useChainVerification() {
  return useQuery({ queryKey: auditKeys.verification, queryFn: ({ signal }) => verifyAuditChain(signal) });
}

/** Fetches the trail and the chain verification again, even when the filter did not change. */
export function useRefreshAudit() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: auditKeys.all });
}
