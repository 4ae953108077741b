import { Card, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { LanesPanel } from './lanes/LanesPanel';
import { TrafficListsPanel } from './lists/TrafficListsPanel';
import { GatewaysPanel } from './policies/GatewaysPanel';

const tabs = ['lanes', 'gateways', 'lists'] as const;

/** Traffic & Lanes: the lanes, the gateways' traffic policies and the traffic lists they use. */
export function TrafficPage() {
  const [params, setParams] = useSearchParams();
  const tab = tabs.find((candidate) => candidate === params.get('tab')) ?? 'lanes';
  return (
    <Card>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={[
          { key: 'lanes', label: 'Lanes', children: <LanesPanel /> },
          { key: 'gateways', label: 'Gateways', children: <GatewaysPanel /> },
          { key: 'lists', label: 'Traffic lists', children: <TrafficListsPanel /> },
        ]}
      />
    </Card>
  );
}
