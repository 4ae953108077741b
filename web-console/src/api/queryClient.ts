import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './ApiError';

declare module '@tanstack/react-query' {
  interface Register {
    // apiFetch rejects with ApiError only, so hooks see a typed error.
    defaultError: ApiError;
  }
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not change on retry; network errors and 5xx might.
      retry: (failureCount, error) => !(error.status >= 400 && error.status < 500) && failureCount < 2,
    },
  },
});
