import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { DateTime } from '../../components/DateTime';
import { tablePagination } from '../../components/pagination';
import { QueryError } from '../../components/QueryError';
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
  const { data, error, isFetching } = useProjectList(request);
  const [creating, setCreating] = useState(false);

  return (
    <Card
      title="Projects"
      extra={
        canCreateProjects(user) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-project">
            New project
          </Button>
        )
      }
    >
      <Flex vertical gap="middle">
        <Input.Search placeholder="Search projects" allowClear onSearch={search} style={{ maxWidth: 360 }} data-testid="projects-search" />
        <QueryError error={error} what="Projects" />
        <Table<Project>
          data-testid="projects-table"
          rowKey="key"
          columns={columns}
          dataSource={data?.content}
          loading={isFetching}
          pagination={tablePagination(data?.page, paginate)}
        />
      </Flex>
      {creating && <NewProjectModal onClose={() => setCreating(false)} />}
    </Card>
  );
}
