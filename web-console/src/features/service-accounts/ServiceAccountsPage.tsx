import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Popconfirm, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { DateTime } from '../../components/DateTime';
import { tablePagination } from '../../components/pagination';
import { QueryError } from '../../components/QueryError';
import { usePageRequest } from '../../components/usePageRequest';
import { useErrorMessage } from '../../components/useErrorMessage';
import { NewServiceAccountModal } from './NewServiceAccountModal';
import type { ServiceAccount } from './serviceAccounts';
import { useDeleteServiceAccount, useServiceAccountList } from './useServiceAccounts';

export function ServiceAccountsPage() {
  const { request, search, paginate } = usePageRequest();
  const { data, error, isFetching } = useServiceAccountList(request);
  const deleteServiceAccount = useDeleteServiceAccount();
  const showError = useErrorMessage();
  const [creating, setCreating] = useState(false);

  const columns: TableColumnsType<ServiceAccount> = [
    { title: 'Name', dataIndex: 'name', render: (name: string) => <Link to={`/service-accounts/${encodeURIComponent(name)}`}>{name}</Link> },
    { title: 'Description', dataIndex: 'description', ellipsis: true },
    { title: 'Created by', dataIndex: 'createdBy' },
    { title: 'Created', dataIndex: 'createdAt', render: (createdAt: string) => <DateTime value={createdAt} /> },
    {
      title: 'Actions',
      key: 'actions',
      render: (_, account) => (
        <Popconfirm
          title={`Delete service account ${account.name}?`}
          description="Its tokens stop working."
          okText="Delete"
          okButtonProps={{ danger: true, 'data-testid': `confirm-delete-service-account-${account.name}` }}
          onConfirm={() => deleteServiceAccount.mutateAsync(account.name).catch(showError)}
        >
          <Button size="small" danger icon={<DeleteOutlined />} data-testid={`delete-service-account-${account.name}`}>
            Delete
          </Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <Card
      title="Service accounts"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-service-account">
          New service account
        </Button>
      }
    >
      <Flex vertical gap="middle">
        <Input.Search placeholder="Search service accounts" allowClear onSearch={search} style={{ maxWidth: 360 }} data-testid="service-accounts-search" />
        <QueryError error={error} what="Service accounts" />
        <Table<ServiceAccount>
          data-testid="service-accounts-table"
          rowKey="name"
          columns={columns}
          dataSource={data?.content}
          loading={isFetching}
          pagination={tablePagination(data?.page, paginate)}
        />
      </Flex>
      {creating && <NewServiceAccountModal onClose={() => setCreating(false)} />}
    </Card>
  );
}
