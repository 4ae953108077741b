import { Card, Col, Empty, Flex, Row, Statistic, Table, Tag, Typography } from 'antd';
import { DateTime } from '../../../components/DateTime';
import { QueryError } from '../../../components/QueryError';
import type { LaneStats, PolicyVersion, Replica } from './policies';
import { SeriesChart } from './SeriesChart';
import { statsRefreshMs, useGatewayStats } from './usePolicies';

const ms = (value: number | null) => (value === null || value === undefined ? '—' : `${value.toFixed(1)} ms`);

/** What the gateway's replicas reported over the last five minutes, refreshed every 5 s. */
export function LiveStats({ gateway, current }: { gateway: string; current: PolicyVersion | null }) {
  const stats = useGatewayStats(gateway);
  const now = stats.dataUpdatedAt || Date.now();
  const lanes = [...(stats.data?.lanes ?? [])].sort((a, b) => (a.lane === 'baseline' ? 1 : b.lane === 'baseline' ? -1 : a.lane.localeCompare(b.lane)));

  return (
    <Flex vertical gap="middle">
      <Typography.Text type="secondary">
        The last five minutes as {gateway}'s replicas reported them, in 10 s buckets; refreshed every {statsRefreshMs / 1000} s. Counts are summed over
        replicas; p50/p99 are the highest a replica reported. A restart of release-api starts the window afresh.
      </Typography.Text>
      <QueryError error={stats.error} what="Live stats" />
      <Card size="small" title="Replicas">
        <ReplicaTable replicas={stats.data?.replicas ?? []} currentVersion={current?.version} />
      </Card>
      {stats.data && lanes.length === 0 && <Empty description="No traffic reported in the last five minutes." />}
      <Row gutter={[16, 16]}>
        {lanes.map((lane) => (
          <Col key={lane.lane} xs={24} xl={12}>
            <LaneCard lane={lane} now={now} />
          </Col>
        ))}
      </Row>
    </Flex>
  );
}

function LaneCard({ lane, now }: { lane: LaneStats; now: number }) {
  const errorRate = lane.requests === 0 ? 0 : (lane.errors / lane.requests) * 100;
  return (
    <Card
      size="small"
      data-testid={`lane-stats-${lane.lane}`}
      title={lane.lane === 'baseline' ? <Tag>baseline</Tag> : <Tag color="purple">{lane.lane}</Tag>}
    >
      <Row gutter={8}>
        <Col span={6}>
          <Statistic title="Requests" value={lane.requests} />
        </Col>
        <Col span={6}>
          <Statistic title="Errors" value={lane.errors} suffix={<Typography.Text type="secondary" style={{ fontSize: 12 }}>({errorRate.toFixed(2)} %)</Typography.Text>} styles={{ content: lane.errors > 0 ? { color: '#cf1322' } : undefined }} />
        </Col>
        <Col span={6}>
          <Statistic title="p50" value={ms(lane.p50Ms)} />
        </Col>
        <Col span={6}>
          <Statistic title="p99" value={ms(lane.p99Ms)} />
        </Col>
      </Row>
      <div style={{ marginTop: 12 }}>
        <SeriesChart series={lane.series} now={now} label={`Requests and errors of ${lane.lane} per 10 s`} />
      </div>
    </Card>
  );
}

function ReplicaTable({ replicas, currentVersion }: { replicas: Replica[]; currentVersion: number | undefined }) {
  return (
    <Table<Replica>
      size="small"
      data-testid="replicas-table"
      rowKey="id"
      dataSource={replicas}
      pagination={false}
      locale={{ emptyText: 'No replica has fetched the policy recently.' }}
      columns={[
        { title: 'Replica', dataIndex: 'id' },
        {
          title: 'Applied version',
          dataIndex: 'policyVersion',
          render: (version: number) =>
            currentVersion === undefined || version === currentVersion ? <Tag color="green">{version}</Tag> : <Tag color="orange">{version} (current is {currentVersion})</Tag>,
        },
        { title: 'Last seen', dataIndex: 'lastSeen', render: (lastSeen: string) => <DateTime value={lastSeen} /> },
      ]}
    />
  );
}
