import { Card, Descriptions, Flex, Skeleton, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { DateTime } from '../../../components/DateTime';
import { QueryError } from '../../../components/QueryError';
import { useCurrentUser } from '../../auth/CurrentUserContext';
import { canManageTraffic } from '../trafficPermissions';
import { EmergencyStop } from './EmergencyStop';
import { EvaluatePanel } from './EvaluatePanel';
import type { GatewayTab } from './gatewayPath';
import { LiveStats } from './LiveStats';
import { PolicyEditor, type EditorView } from './PolicyEditor';
import { PolicyHistory } from './PolicyHistory';
import type { PolicyVersion } from './policies';
import { usePolicy } from './usePolicies';

const tabs: GatewayTab[] = ['policy', 'history', 'evaluate', 'stats', 'stop'];

/** One gateway's traffic policy: edit it, its history, a dry run, live stats and the emergency stop. */
export function GatewayPage() {
  const { gateway = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const tab = tabs.find((candidate) => candidate === params.get('tab')) ?? 'policy';
  const { data: policy, error, isPending } = usePolicy(gateway);
  const manage = canManageTraffic(useCurrentUser());
  const [view, setView] = useState<EditorView>('form');

  return (
    <Flex vertical gap="large">
      <Link to="/traffic?tab=gateways">← All gateways</Link>
      <QueryError error={error} what={`The policy of ${gateway}`} />
      {isPending && <Skeleton active />}
      {policy !== undefined && <PolicySummary gateway={gateway} policy={policy} />}
      {policy !== undefined && (
        <Card>
          <Tabs
            activeKey={tab}
            onChange={(key) => setParams({ tab: key }, { replace: true })}
            items={[
              {
                key: 'policy',
                label: 'Policy',
                // A new version (saved here or elsewhere) starts the editor afresh from it.
                children: <PolicyEditor key={policy?.version ?? 0} gateway={gateway} policy={policy} canManage={manage} view={view} onViewChange={setView} />,
              },
              { key: 'history', label: 'History', children: <PolicyHistory gateway={gateway} current={policy} canManage={manage} /> },
              { key: 'evaluate', label: 'Try a request', children: <EvaluatePanel gateway={gateway} /> },
              { key: 'stats', label: 'Live stats', children: <LiveStats gateway={gateway} current={policy} /> },
              { key: 'stop', label: <Typography.Text type="danger">Emergency stop</Typography.Text>, children: <EmergencyStop gateway={gateway} current={policy} canManage={manage} /> },
            ]}
          />
        </Card>
      )}
    </Flex>
  );
}

function PolicySummary({ gateway, policy }: { gateway: string; policy: PolicyVersion | null }) {
  return (
    <Card title={<span data-testid="gateway-name">{gateway}</span>}>
      {policy === null ? (
        <Typography.Text data-testid="policy-version" data-version="0">
          No policy yet: all of {gateway}'s traffic goes to the baseline. Save the first version on the Policy tab.
        </Typography.Text>
      ) : (
        <Descriptions
          column={3}
          items={[
            {
              key: 'version',
              label: 'Current version',
              children: (
                <span data-testid="policy-version" data-version={policy.version}>
                  {policy.version}
                </span>
              ),
            },
            { key: 'rules', label: 'Rules', children: <span data-testid="policy-rule-count">{policy.rules.length}</span> },
            { key: 'action', label: 'Made by', children: <Tag>{policy.action}</Tag> },
            { key: 'created', label: 'Saved', children: <span><DateTime value={policy.createdAt} /> by {policy.createdBy}</span> },
            { key: 'comment', label: 'Comment', span: 2, children: policy.comment || '—' },
          ]}
        />
      )}
    </Card>
  );
}
