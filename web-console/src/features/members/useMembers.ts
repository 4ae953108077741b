import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { projectKeys } from '../projects/useProjects';
import { listMembers, putMember, removeMember, type Membership } from './members';

export const memberKeys = {
  all: (projectKey: string) => [...projectKeys.detail(projectKey), 'members'] as const,
};

export function useMembers(projectKey: string) {
  return useQuery({ queryKey: memberKeys.all(projectKey), queryFn: ({ signal }) => listMembers(projectKey, signal) });
}

export function usePutMember(projectKey: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ username, ...membership }: Membership & { username: string }) => putMember(projectKey, username, membership),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: memberKeys.all(projectKey) }),
  });
}

export function useRemoveMember(projectKey: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (username: string) => removeMember(projectKey, username),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: memberKeys.all(projectKey) }),
  });
}
