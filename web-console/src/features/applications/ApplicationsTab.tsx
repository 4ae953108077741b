import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { DateTime } from '../../components/DateTime';
import { NewButton } from '../../components/NewButton';
import { SearchablePagedTable } from '../../components/SearchablePagedTable';
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
  const applications = useApplicationList(projectKey, request);
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
    <>
      <SearchablePagedTable<Application>
        searchPlaceholder="Search applications"
        searchTestId="applications-search"
        onSearch={search}
        actions={writable && <NewButton label="New application" testId="new-application" onClick={() => setEditing(null)} />}
        what="Applications"
        tableTestId="applications-table"
        rowKey="name"
        columns={columns}
        query={applications}
        onPageChange={paginate}
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
    </>
  );
}
