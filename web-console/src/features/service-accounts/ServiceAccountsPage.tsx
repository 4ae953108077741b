import { DeleteOutlined } from '@ant-design/icons';
import { Button, Popconfirm } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { DateTime } from '../../components/DateTime';
import { ListPageCard } from '../../components/ListPageCard';
import { SearchablePagedTable } from '../../components/SearchablePagedTable';
import { usePageRequest } from '../../components/usePageRequest';
import { useErrorMessage } from '../../components/useErrorMessage';
import { NewServiceAccountModal } from './NewServiceAccountModal';
import type { ServiceAccount } from './serviceAccounts';
import { useDeleteServiceAccount, useServiceAccountList } from './useServiceAccounts';

export function ServiceAccountsPage() {
  const { request, search, paginate } = usePageRequest();
  const serviceAccounts = useServiceAccountList(request);
  const deleteServiceAccount = useDeleteServiceAccount();
  const showError = useErrorMessage();

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
    <ListPageCard title="Service accounts" creation={{ label: 'New service account', testId: 'new-service-account', modal: NewServiceAccountModal }}>
      <SearchablePagedTable<ServiceAccount>
        searchPlaceholder="Search service accounts"
        searchTestId="service-accounts-search"
        onSearch={search}
        what="Service accounts"
        tableTestId="service-accounts-table"
        rowKey="name"
        columns={columns}
        query={serviceAccounts}
        onPageChange={paginate}
      />
    </ListPageCard>
  );
}
