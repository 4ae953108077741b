import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { trafficKeys } from '../trafficKeys';
import { createLaneToken, deleteLane, listLanes, putLane, type LaneChanges } from './lanes';

export function useLanes() {
  return useQuery({ queryKey: trafficKeys.lanes, queryFn: ({ signal }) => listLanes(signal) });
}

/** Saves a lane; `expectedVersion` for an edit, so a concurrent change is refused rather than overwritten. */
export function usePutLane(expectedVersion?: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (lane: LaneChanges) => putLane(lane, expectedVersion),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trafficKeys.lanes }),
  });
}

export function useDeleteLane() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteLane,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trafficKeys.lanes }),
  });
}

export function useCreateLaneToken(name: string) {
  return useMutation({ mutationFn: (ttlMinutes: number) => createLaneToken(name, ttlMinutes) });
}
