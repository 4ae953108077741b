import { StopOutlined } from '@ant-design/icons';
import { Button, Flex, Popconfirm, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { DateTime } from '../../components/DateTime';
import { NewButton } from '../../components/NewButton';
import { PagedTable } from '../../components/PagedTable';
import { usePageRequest } from '../../components/usePageRequest';
import { useErrorMessage } from '../../components/useErrorMessage';
import { CreateTokenModal } from './CreateTokenModal';
import { NewTokenModal } from './NewTokenModal';
import { TokenStatusTag } from './TokenStatusTag';
import { tokenStatus, type ApiToken, type CreatedApiToken, type TokenOwner } from './tokens';
import { useRevokeToken, useTokenList } from './useTokens';

const scope = (values: string[] | null, all: string) =>
  values === null ? <Typography.Text type="secondary">{all}</Typography.Text> : values.map((value) => <Tag key={value}>{value}</Tag>);

/** The tokens of one owner: list, create (secret shown once) and revoke. */
export function TokensPanel({ owner }: { owner: TokenOwner }) {
  const { request, paginate } = usePageRequest();
  const tokens = useTokenList(owner, request);
  const revokeToken = useRevokeToken(owner);
  const showError = useErrorMessage();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedApiToken>();

  const columns: TableColumnsType<ApiToken> = [
    { title: 'Name', dataIndex: 'name', render: (name: string) => <strong>{name}</strong> },
    { title: 'Prefix', dataIndex: 'prefix', render: (prefix: string) => <Typography.Text code>{prefix}…</Typography.Text> },
    { title: 'Projects', dataIndex: 'projects', render: (projects: string[] | null) => scope(projects, 'All projects') },
    { title: 'Permissions', dataIndex: 'permissions', render: (permissions: string[] | null) => scope(permissions, 'All permissions') },
    { title: 'Created', dataIndex: 'createdAt', render: (createdAt: string) => <DateTime value={createdAt} /> },
    { title: 'Expires', dataIndex: 'expiresAt', render: (expiresAt: string | null) => <DateTime value={expiresAt} empty="Never" /> },
    { title: 'Last used', dataIndex: 'lastUsedAt', render: (lastUsedAt: string | null) => <DateTime value={lastUsedAt} empty="Never" /> },
    { title: 'Status', key: 'status', render: (_, token) => <TokenStatusTag token={token} /> },
    {
      title: 'Actions',
      key: 'actions',
      render: (_, token) =>
        tokenStatus(token, new Date()) === 'Active' && (
          <Popconfirm
            title={`Revoke token ${token.name}?`}
            description="Anything using it is refused within 15 seconds."
            okText="Revoke"
            okButtonProps={{ danger: true, 'data-testid': `confirm-revoke-token-${token.name}` }}
            onConfirm={() => revokeToken.mutateAsync(token.id).catch(showError)}
          >
            <Button size="small" danger icon={<StopOutlined />} data-testid={`revoke-token-${token.name}`}>
              Revoke
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <Flex vertical gap="middle">
      <Flex justify="flex-end">
        <NewButton label="New token" testId="new-token" onClick={() => setCreating(true)} />
      </Flex>
      <PagedTable<ApiToken> what="Tokens" tableTestId="tokens-table" rowKey="id" columns={columns} query={tokens} onPageChange={paginate} />
      {creating && <CreateTokenModal owner={owner} onCreated={setCreated} onClose={() => setCreating(false)} />}
      {created && <NewTokenModal token={created} onClose={() => setCreated(undefined)} />}
    </Flex>
  );
}
