import { Alert, Badge, Card, Flex, Typography } from 'antd';
import { ServiceHealthTable } from './ServiceHealthTable';
import type { SystemHealth } from './systemHealth';
import { useSystemHealth } from './useSystemHealth';

export function OverviewPage() {
  const { data, error, isPending } = useSystemHealth();
  return (
    <Card title="Platform health" extra={data && <OverallStatus health={data} />}>
      <Flex vertical gap="middle">
        {error && (
          <Alert
            type="error"
            showIcon
            data-testid="health-error"
            title="Platform health could not be loaded"
            description={error.detail ?? error.title}
          />
        )}
        {/* After a failed refetch the last known health stays visible under the error. */}
        {(data || !error) && <ServiceHealthTable services={data?.services ?? []} loading={isPending} />}
      </Flex>
    </Card>
  );
}

function OverallStatus({ health }: { health: SystemHealth }) {
  return (
    <Flex gap="middle" align="center">
      <Typography.Text type="secondary">Checked {new Date(health.checkedAt).toLocaleTimeString()}</Typography.Text>
      <Badge data-testid="overall-status" status={health.status === 'UP' ? 'success' : 'warning'} text={health.status} />
    </Flex>
  );
}
