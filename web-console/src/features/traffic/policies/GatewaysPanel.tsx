import { Flex, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { DateTime } from '../../../components/DateTime';
import { NewButton } from '../../../components/NewButton';
import { PagedTable } from '../../../components/PagedTable';
import { usePageRequest } from '../../../components/usePageRequest';
import { useCurrentUser } from '../../auth/CurrentUserContext';
import { canManageTraffic } from '../trafficPermissions';
import { gatewayPath } from './gatewayPath';
import { NewPolicyModal } from './NewPolicyModal';
import { replicaCount, type GatewaySummary } from './policies';
import { useGateways } from './usePolicies';

const columns: TableColumnsType<GatewaySummary> = [
  { title: 'Gateway', dataIndex: 'gateway', render: (gateway: string) => <Link to={gatewayPath(gateway)}>{gateway}</Link> },
  { title: 'Version', dataIndex: 'version', width: 100 },
  { title: 'Rules', dataIndex: 'rules', width: 100, render: (rules: number) => (rules === 0 ? <Typography.Text type="danger">0 (all to baseline)</Typography.Text> : rules) },
  {
    title: 'Updated',
    dataIndex: 'updatedAt',
    render: (updatedAt: string, gateway) => (
      <>
        <DateTime value={updatedAt} /> <Typography.Text type="secondary">by {gateway.updatedBy}</Typography.Text>
      </>
    ),
  },
  { title: 'Replicas', dataIndex: 'replicas', width: 100, render: (replicas: GatewaySummary['replicas']) => replicaCount(replicas) },
];

/** Every gateway with a traffic policy. */
export function GatewaysPanel() {
  const manage = canManageTraffic(useCurrentUser());
  const { request, paginate } = usePageRequest();
  const gateways = useGateways(request);
  const [creating, setCreating] = useState(false);
  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center">
        <Typography.Text type="secondary">One policy per gray gateway; every change is a new version. Rules are tried in order, and no match means the baseline.</Typography.Text>
        {manage && <NewButton label="New policy" testId="new-policy" onClick={() => setCreating(true)} />}
      </Flex>
      <PagedTable<GatewaySummary> what="Traffic policies" tableTestId="gateways-table" rowKey="gateway" columns={columns} query={gateways} onPageChange={paginate} />
      {creating && <NewPolicyModal onClose={() => setCreating(false)} />}
    </Flex>
  );
}
