import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { currentUserKey } from '../features/auth/currentUser';
import { ApiError } from './ApiError';

declare module '@tanstack/react-query' {
  interface Register {
    // apiFetch rejects with ApiError only, so hooks see a typed error.
    defaultError: ApiError;
  }
}

/** A 401 while using the console means the session ended: re-check who is signed in, which shows the sign-in screen. */
function onError(error: unknown) {
  if (error instanceof ApiError && error.status === 401) void queryClient.invalidateQueries({ queryKey: currentUserKey });
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      // A 4xx will not change on retry; network errors and 5xx might.
      retry: (failureCount, error) => !(error.status >= 400 && error.status < 500) && failureCount < 2,
    },
  },
});
