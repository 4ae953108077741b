import { apiFetch, jsonRequest, segment } from '../../api/apiFetch';
import { withQuery, type PageRequest, type Paged } from '../../api/paged';
import { projectPath } from '../projects/projects';

export type ApplicationType = 'host' | 'container';

/** An application of `GET /api/v1/projects/{key}/applications[/{name}]`. */
export interface Application {
  name: string;
  project: string;
  type: ApplicationType;
  owners: string[];
  repositoryUrl: string | null;
  language: string | null;
  description: string | null;
  tags: string[];
  createdAt: string;
  updatedAt: string;
}

/** What the application form edits; `name` and `type` only when creating. */
export type ApplicationFields = Pick<Application, 'name' | 'type' | 'owners' | 'repositoryUrl' | 'language' | 'description' | 'tags'>;
export type ApplicationChanges = Omit<ApplicationFields, 'name' | 'type'>;

export const applicationNamePattern = /^[a-z][a-z0-9-]{1,62}$/;

const applicationsPath = (projectKey: string) => `${projectPath(projectKey)}/applications`;
const applicationPath = (projectKey: string, name: string) => `${applicationsPath(projectKey)}/${segment(name)}`;

export const listApplications = (projectKey: string, request: PageRequest, signal?: AbortSignal) =>
  apiFetch<Paged<Application>>(withQuery(applicationsPath(projectKey), { ...request }), { signal });

export const createApplication = (projectKey: string, application: ApplicationFields) =>
  apiFetch<Application>(applicationsPath(projectKey), jsonRequest('POST', application));

export const updateApplication = (projectKey: string, name: string, changes: ApplicationChanges) =>
  apiFetch<Application>(applicationPath(projectKey, name), jsonRequest('PATCH', changes));

export const deleteApplication = (projectKey: string, name: string) =>
  apiFetch<void>(applicationPath(projectKey, name), { method: 'DELETE' });

/** Form values as the API wants them: blank optional text becomes null, lists are never undefined. */
export function applicationChanges(values: ApplicationChanges): ApplicationChanges {
  const blankToNull = (text: string | null | undefined) => (text?.trim() ? text.trim() : null);
  return {
    owners: values.owners ?? [],
    repositoryUrl: blankToNull(values.repositoryUrl),
    language: blankToNull(values.language),
    description: blankToNull(values.description),
    tags: values.tags ?? [],
  };
}
