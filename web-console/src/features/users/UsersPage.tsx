import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Space, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { DateTime } from '../../components/DateTime';
import { tablePagination } from '../../components/pagination';
import { QueryError } from '../../components/QueryError';
import { usePageRequest } from '../../components/usePageRequest';
import { NewUserModal } from './NewUserModal';
import type { User } from './users';
import { useUserList } from './useUsers';

const columns: TableColumnsType<User> = [
  { title: 'Username', dataIndex: 'username', render: (username: string) => <strong>{username}</strong> },
  { title: 'Display name', dataIndex: 'displayName' },
  { title: 'Email', dataIndex: 'email' },
  {
    title: 'Roles',
    key: 'roles',
    render: (_, user) => (
      <Space size={4}>
        {user.admin && <Tag color="gold">admin</Tag>}
        {user.auditor && <Tag color="blue">auditor</Tag>}
      </Space>
    ),
  },
  {
    title: 'Status',
    dataIndex: 'disabled',
    render: (disabled: boolean) => (disabled ? <Tag color="default">Disabled</Tag> : <Tag color="success">Active</Tag>),
  },
  { title: 'Created', dataIndex: 'createdAt', render: (createdAt: string) => <DateTime value={createdAt} /> },
];

export function UsersPage() {
  const { request, search, paginate } = usePageRequest();
  const { data, error, isFetching } = useUserList(request);
  const [creating, setCreating] = useState(false);

  return (
    <Card
      title="Users"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-user">
          New user
        </Button>
      }
    >
      <Flex vertical gap="middle">
        <Input.Search placeholder="Search users" allowClear onSearch={search} style={{ maxWidth: 360 }} data-testid="users-search" />
        <QueryError error={error} what="Users" />
        <Table<User>
          data-testid="users-table"
          rowKey="username"
          columns={columns}
          dataSource={data?.content}
          loading={isFetching}
          pagination={tablePagination(data?.page, paginate)}
        />
      </Flex>
      {creating && <NewUserModal onClose={() => setCreating(false)} />}
    </Card>
  );
}
