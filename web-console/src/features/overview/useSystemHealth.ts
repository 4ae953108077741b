import { useQuery } from '@tanstack/react-query';
import { getSystemHealth } from './systemHealth';

export const systemHealthKey = ['system', 'health'] as const;

/** Platform health, polled every 5 s so the overview stays live. */
export function useSystemHealth() {
  return useQuery({
    queryKey: systemHealthKey,
    queryFn: ({ signal }) => getSystemHealth(signal),
    refetchInterval: 5_000,
  });
}
