import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { DateTime } from '../../components/DateTime';
import { ListPageCard } from '../../components/ListPageCard';
import { SearchablePagedTable } from '../../components/SearchablePagedTable';
import { usePageRequest } from '../../components/usePageRequest';
import { useCurrentUser } from '../auth/CurrentUserContext';
import { canCreateProjects } from '../auth/permissions';
import { NewProjectModal } from './NewProjectModal';
import type { Project } from './projects';
import { useProjectList } from './useProjects';

const columns: TableColumnsType<Project> = [
  { title: 'Key', dataIndex: 'key', render: (key: string) => <Link to={`/projects/${encodeURIComponent(key)}`}>{key}</Link> },
  { title: 'Name', dataIndex: 'name' },
  { title: 'Description', dataIndex: 'description', ellipsis: true },
  { title: 'Updated', dataIndex: 'updatedAt', width: 200, render: (updatedAt: string) => <DateTime value={updatedAt} /> },
];

export function ProjectListPage() {
  const user = useCurrentUser();
  const { request, search, paginate } = usePageRequest();
  const projects = useProjectList(request);

  return (
    <ListPageCard title="Projects" creation={{ label: 'New project', testId: 'new-project', modal: NewProjectModal }} canCreate={canCreateProjects(user)}>
      <SearchablePagedTable<Project>
        searchPlaceholder="Search projects"
        searchTestId="projects-search"
        onSearch={search}
        what="Projects"
        tableTestId="projects-table"
        rowKey="key"
        columns={columns}
        query={projects}
        onPageChange={paginate}
      />
    </ListPageCard>
  );
}
