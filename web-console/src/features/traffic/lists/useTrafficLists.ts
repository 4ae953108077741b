import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PageRequest } from '../../../api/paged';
import { trafficKeys } from '../trafficKeys';
import { deleteTrafficList, getTrafficList, listTrafficLists, uploadTrafficList } from './trafficLists';

export function useTrafficLists(request: PageRequest) {
  return useQuery({ queryKey: trafficKeys.listPage(request), queryFn: ({ signal }) => listTrafficLists(request, signal), placeholderData: keepPreviousData });
}

/** The names of the first 200 lists (the API's largest page), for the policy form's list picker. */
export function useTrafficListNames() {
  return useQuery({
    queryKey: trafficKeys.listPage({ page: 0, size: 200 }),
    queryFn: ({ signal }) => listTrafficLists({ page: 0, size: 200 }, signal),
    select: (page) => page.content.map((list) => list.name),
  });
}

export function useTrafficList(name: string | undefined) {
  return useQuery({ queryKey: trafficKeys.list(name ?? ''), queryFn: ({ signal }) => getTrafficList(name!, signal), enabled: name !== undefined });
}

export function useUploadTrafficList() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: uploadTrafficList, onSuccess: () => queryClient.invalidateQueries({ queryKey: trafficKeys.lists }) });
}

export function useDeleteTrafficList() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteTrafficList, onSuccess: () => queryClient.invalidateQueries({ queryKey: trafficKeys.lists }) });
}
