import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PageRequest } from '../../api/paged';
import { createUser, listUsers } from './users';

export const userKeys = {
  all: ['users', 'list'] as const,
  list: (request: PageRequest) => [...userKeys.all, request] as const,
};

export function useUserList(request: PageRequest) {
  return useQuery({
    queryKey: userKeys.list(request),
    queryFn: ({ signal }) => listUsers(request, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
