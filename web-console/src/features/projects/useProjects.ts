import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PageRequest } from '../../api/paged';
import { createProject, deleteProject, getProject, listProjects, updateProject, type ProjectChanges } from './projects';

export const projectKeys = {
  all: ['projects'] as const,
  list: (request: PageRequest) => [...projectKeys.all, 'list', request] as const,
  /** Prefix of everything about one project: its details, applications and members. */
  detail: (key: string) => [...projectKeys.all, 'detail', key] as const,
};

export function useProjectList(request: PageRequest) {
  return useQuery({
    queryKey: projectKeys.list(request),
    queryFn: ({ signal }) => listProjects(request, signal),
    placeholderData: keepPreviousData,
  });
}

export function useProject(key: string) {
  return useQuery({ queryKey: projectKeys.detail(key), queryFn: ({ signal }) => getProject(key, signal) });
}

export function useCreateProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProject,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: projectKeys.all }),
  });
}

export function useUpdateProject(key: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: ProjectChanges) => updateProject(key, changes),
    onSuccess: (project) => {
      queryClient.setQueryData(projectKeys.detail(key), project);
      return queryClient.invalidateQueries({ queryKey: [...projectKeys.all, 'list'] });
    },
  });
}

export function useDeleteProject(key: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteProject(key),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: projectKeys.detail(key) });
      return queryClient.invalidateQueries({ queryKey: [...projectKeys.all, 'list'] });
    },
  });
}
