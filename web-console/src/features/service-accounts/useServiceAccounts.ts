import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PageRequest } from '../../api/paged';
import { createServiceAccount, deleteServiceAccount, listServiceAccounts } from './serviceAccounts';

export const serviceAccountKeys = {
  all: ['service-accounts', 'list'] as const,
  list: (request: PageRequest) => [...serviceAccountKeys.all, request] as const,
};

export function useServiceAccountList(request: PageRequest) {
  return useQuery({
    queryKey: serviceAccountKeys.list(request),
    queryFn: ({ signal }) => listServiceAccounts(request, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCreateServiceAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createServiceAccount,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: serviceAccountKeys.all }),
  });
}

export function useDeleteServiceAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteServiceAccount,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: serviceAccountKeys.all }),
  });
}
