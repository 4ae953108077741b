import { Space, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { DateTime } from '../../components/DateTime';
import { ListPageCard } from '../../components/ListPageCard';
import { SearchablePagedTable } from '../../components/SearchablePagedTable';
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
  const users = useUserList(request);

  return (
    <ListPageCard title="Users" creation={{ label: 'New user', testId: 'new-user', modal: NewUserModal }}>
      <SearchablePagedTable<User>
        searchPlaceholder="Search users"
        searchTestId="users-search"
        onSearch={search}
        what="Users"
        tableTestId="users-table"
        rowKey="username"
        columns={columns}
        query={users}
        onPageChange={paginate}
      />
    </ListPageCard>
  );
}
