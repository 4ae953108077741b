import { DiffOutlined, RollbackOutlined } from '@ant-design/icons';
import { App, Button, Modal, Popconfirm, Skeleton, Space, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { DateTime } from '../../../components/DateTime';
import { PagedTable } from '../../../components/PagedTable';
import { QueryError } from '../../../components/QueryError';
import { usePageRequest } from '../../../components/usePageRequest';
import { useErrorMessage } from '../../../components/useErrorMessage';
import type { PolicyAction, PolicyVersion } from './policies';
import { usePolicyVersion, usePolicyVersions, useRollback } from './usePolicies';
import { VersionDiff } from './VersionDiff';

const actionColors: Record<PolicyAction, string> = { put: 'blue', rollback: 'orange', clear: 'red' };
const actionLabels: Record<PolicyAction, string> = { put: 'edit', rollback: 'rollback', clear: 'emergency stop' };

/** A gateway's versions, newest first: compare any with the current one, roll back to it. */
export function PolicyHistory({ gateway, current, canManage }: { gateway: string; current: PolicyVersion | null; canManage: boolean }) {
  const { request, paginate } = usePageRequest();
  const versions = usePolicyVersions(gateway, request);
  const rollback = useRollback(gateway);
  const showError = useErrorMessage();
  const { message } = App.useApp();
  const [comparing, setComparing] = useState<number>();

  const columns: TableColumnsType<PolicyVersion> = [
    {
      title: 'Version',
      dataIndex: 'version',
      width: 110,
      render: (version: number) => (
        <Space>
          {version}
          {version === current?.version && <Tag color="green">current</Tag>}
        </Space>
      ),
    },
    { title: 'Action', dataIndex: 'action', width: 140, render: (action: PolicyAction) => <Tag color={actionColors[action]}>{actionLabels[action] ?? action}</Tag> },
    { title: 'Rules', dataIndex: 'rules', width: 80, render: (rules: unknown) => (Array.isArray(rules) ? rules.length : '') },
    { title: 'Comment', dataIndex: 'comment', ellipsis: true, render: (comment: string | null) => comment || <Typography.Text type="secondary">—</Typography.Text> },
    { title: 'Created by', dataIndex: 'createdBy', ellipsis: true },
    { title: 'Created', dataIndex: 'createdAt', render: (createdAt: string) => <DateTime value={createdAt} /> },
    {
      title: 'Actions',
      key: 'actions',
      width: 250,
      render: (_, version) =>
        version.version !== current?.version && (
          <Space size="small">
            <Button size="small" icon={<DiffOutlined />} onClick={() => setComparing(version.version)} data-testid={`diff-version-${version.version}`} title="Compare with the current version">
              Compare
            </Button>
            {canManage && (
              <Popconfirm
                title={`Roll ${gateway} back to version ${version.version}?`}
                description={`Makes version ${(current?.version ?? 0) + 1} with the rules of version ${version.version}, checked against today's lanes and lists. Gateways apply it within seconds.`}
                okText="Roll back"
                okButtonProps={{ danger: true, 'data-testid': `confirm-rollback-${version.version}` }}
                onConfirm={() =>
                  rollback.mutateAsync(version.version).then((saved) => void message.success(`Rolled back: version ${saved.version} has the rules of version ${version.version}`), showError)
                }
              >
                <Button size="small" icon={<RollbackOutlined />} data-testid={`rollback-${version.version}`}>
                  Roll back
                </Button>
              </Popconfirm>
            )}
          </Space>
        ),
    },
  ];

  return (
    <>
      <PagedTable<PolicyVersion> what="Versions" tableTestId="versions-table" rowKey="version" columns={columns} query={versions} onPageChange={paginate} />
      {comparing !== undefined && current && <DiffModal gateway={gateway} version={comparing} current={current} onClose={() => setComparing(undefined)} />}
    </>
  );
}

function DiffModal({ gateway, version, current, onClose }: { gateway: string; version: number; current: PolicyVersion; onClose: () => void }) {
  const { data: older, error } = usePolicyVersion(gateway, version);
  return (
    <Modal open width={900} title={`Version ${version} → current version ${current.version}`} onCancel={onClose} footer={null}>
      <QueryError error={error} what={`Version ${version}`} />
      {!older && !error && <Skeleton active />}
      {older && <VersionDiff before={{ rules: older.rules }} after={{ rules: current.rules }} />}
    </Modal>
  );
}
