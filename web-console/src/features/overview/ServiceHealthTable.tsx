import { Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { StatusTag } from './StatusTag';
import type { ServiceHealth } from './systemHealth';

const columns: TableColumnsType<ServiceHealth> = [
  { title: 'Service', dataIndex: 'name', render: (name: string) => <Typography.Text strong>{name}</Typography.Text> },
  { title: 'Status', dataIndex: 'status', width: 140, render: (_, service) => <StatusTag status={service.status} /> },
  {
    title: 'Latency',
    dataIndex: 'latencyMs',
    width: 140,
    align: 'right',
    render: (latency: number | null) => (latency == null ? '—' : `${latency} ms`),
  },
  { title: 'URL', dataIndex: 'url', render: (url: string) => <Typography.Text type="secondary" copyable>{url}</Typography.Text> },
];

export function ServiceHealthTable({ services, loading }: { services: ServiceHealth[]; loading: boolean }) {
  return (
    <Table<ServiceHealth>
      data-testid="health-table"
      rowKey="name"
      columns={columns}
      dataSource={services}
      loading={loading}
      pagination={false}
      size="middle"
    />
  );
}
