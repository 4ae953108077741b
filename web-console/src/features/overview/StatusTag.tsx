import { Tag } from 'antd';
import type { ServiceStatus } from './systemHealth';

const colors: Record<ServiceStatus, string> = { UP: 'success', DOWN: 'error', UNKNOWN: 'default' };

export function StatusTag({ status }: { status: ServiceStatus }) {
  return (
    <Tag color={colors[status] ?? 'default'} data-testid="service-status">
      {status}
    </Tag>
  );
}
