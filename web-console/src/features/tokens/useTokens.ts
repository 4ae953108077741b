import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PageRequest } from '../../api/paged';
import { createToken, listTokens, revokeToken, type NewApiToken, type TokenOwner } from './tokens';

export function useTokenList(owner: TokenOwner, request: PageRequest) {
  return useQuery({
    queryKey: [...owner.queryKey, request],
    queryFn: ({ signal }) => listTokens(owner, request, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCreateToken(owner: TokenOwner) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: NewApiToken) => createToken(owner, token),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: owner.queryKey }),
  });
}

export function useRevokeToken(owner: TokenOwner) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => revokeToken(owner, id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: owner.queryKey }),
  });
}
