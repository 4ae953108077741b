import { apiFetch, jsonRequest, segment } from '../../api/apiFetch';
import { withQuery, type PageRequest, type Paged } from '../../api/paged';

/** A project of `GET /api/v1/projects[/{key}]`. */
export interface Project {
  key: string;
  name: string;
  description: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface NewProject {
  key: string;
  name: string;
  description?: string;
}

export type ProjectChanges = Pick<Project, 'name' | 'description'>;

export const projectKeyPattern = /^[a-z][a-z0-9-]{1,31}$/;

export const projectPath = (key: string) => `/api/v1/projects/${segment(key)}`;

export const listProjects = (request: PageRequest, signal?: AbortSignal) =>
  apiFetch<Paged<Project>>(withQuery('/api/v1/projects', { ...request }), { signal });

export const getProject = (key: string, signal?: AbortSignal) => apiFetch<Project>(projectPath(key), { signal });

export const createProject = (project: NewProject) => apiFetch<Project>('/api/v1/projects', jsonRequest('POST', project));

export const updateProject = (key: string, changes: ProjectChanges) => apiFetch<Project>(projectPath(key), jsonRequest('PATCH', changes));

export const deleteProject = (key: string) => apiFetch<void>(projectPath(key), { method: 'DELETE' });
