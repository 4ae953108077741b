import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { DateTime } from '../../components/DateTime';
import { tablePagination } from '../../components/pagination';
import { QueryError } from '../../components/QueryError';
import { usePageRequest } from '../../components/usePageRequest';
import { useErrorMessage } from '../../components/useErrorMessage';
import { useCurrentUser } from '../auth/CurrentUserContext';
import { can } from '../auth/permissions';
import { ApplicationModal } from './ApplicationModal';
import type { Application } from './applications';
import { useApplicationList, useDeleteApplication } from './useApplications';

/** The applications of one project; `editing` is the application in the modal, null for a new one. */
export function ApplicationsTab({ projectKey }: { projectKey: string }) {
  const user = useCurrentUser();
  const writable = can(user, 'application.write', projectKey);
  const { request, search, paginate } = usePageRequest();
  const { data, error, isFetching } = useApplicationList(projectKey, request);
  const deleteApplication = useDeleteApplication(projectKey);
  const showError = useErrorMessage();
  const [editing, setEditing] = useState<Application | null>();

  const columns: TableColumnsType<Application> = [
    { title: 'Name', dataIndex: 'name', render: (name: string) => <Typography.Text strong>{name}</Typography.Text> },
    { title: 'Type', dataIndex: 'type', width: 110, render: (type: string) => <Tag>{type}</Tag> },
    { title: 'Owners', dataIndex: 'owners', render: (owners: string[]) => owners.join(', ') || '—' },
    { title: 'Language', dataIndex: 'language', render: (language: string | null) => language ?? '—' },
    { title: 'Tags', dataIndex: 'tags', render: (tags: string[]) => tags.map((tag) => <Tag key={tag}>{tag}</Tag>) },
    { title: 'Updated', dataIndex: 'updatedAt', width: 200, render: (updatedAt: string) => <DateTime value={updatedAt} /> },
  ];
  if (writable) {
    columns.push({
      title: 'Actions',
      key: 'actions',
      width: 200,
      render: (_, application) => (
        <Space>
          <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(application)} data-testid={`edit-application-${application.name}`}>
            Edit
          </Button>
          <Popconfirm
            title={`Delete application ${application.name}?`}
            okText="Delete"
            okButtonProps={{ danger: true, 'data-testid': `confirm-delete-application-${application.name}` }}
            onConfirm={() => deleteApplication.mutateAsync(application.name).catch(showError)}
          >
            <Button size="small" danger icon={<DeleteOutlined />} data-testid={`delete-application-${application.name}`}>
              Delete
            </Button>
          </Popconfirm>
        </Space>
      ),
    });
  }

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" gap="middle">
        <Input.Search placeholder="Search applications" allowClear onSearch={search} style={{ maxWidth: 360 }} data-testid="applications-search" />
        {writable && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)} data-testid="new-application">
            New application
          </Button>
        )}
      </Flex>
      <QueryError error={error} what="Applications" />
      <Table<Application>
        data-testid="applications-table"
        rowKey="name"
        columns={columns}
        dataSource={data?.content}
        loading={isFetching}
        pagination={tablePagination(data?.page, paginate)}
        expandable={{
          rowExpandable: (application) => Boolean(application.description || application.repositoryUrl),
          expandedRowRender: (application) => (
            <Space orientation="vertical">
              {application.description && <span>{application.description}</span>}
              {application.repositoryUrl && <Typography.Text copyable>{application.repositoryUrl}</Typography.Text>}
            </Space>
          ),
        }}
      />
      {editing !== undefined && <ApplicationModal projectKey={projectKey} application={editing ?? undefined} onClose={() => setEditing(undefined)} />}
    </Flex>
  );
}
