import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PageRequest } from '../../api/paged';
import { projectKeys } from '../projects/useProjects';
import {
  createApplication,
  deleteApplication,
  listApplications,
  updateApplication,
  type ApplicationChanges,
  type ApplicationFields,
} from './applications';

export const applicationKeys = {
  all: (projectKey: string) => [...projectKeys.detail(projectKey), 'applications'] as const,
  list: (projectKey: string, request: PageRequest) => [...applicationKeys.all(projectKey), request] as const,
};

export function useApplicationList(projectKey: string, request: PageRequest) {
  return useQuery({
    queryKey: applicationKeys.list(projectKey, request),
    queryFn: ({ signal }) => listApplications(projectKey, request, signal),
    placeholderData: keepPreviousData,
  });
}

function useApplicationMutation<Variables>(projectKey: string, mutationFn: (variables: Variables) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: applicationKeys.all(projectKey) }),
  });
}

export const useCreateApplication = (projectKey: string) =>
  useApplicationMutation(projectKey, (application: ApplicationFields) => createApplication(projectKey, application));

export const useUpdateApplication = (projectKey: string, name: string) =>
  useApplicationMutation(projectKey, (changes: ApplicationChanges) => updateApplication(projectKey, name, changes));

export const useDeleteApplication = (projectKey: string) =>
  useApplicationMutation(projectKey, (name: string) => deleteApplication(projectKey, name));
