import { Card, Flex, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { defaultPageSize } from '../../api/paged';
import { DateTime } from '../../components/DateTime';
import { PagedTable } from '../../components/PagedTable';
import { AuditEventDetails } from './AuditEventDetails';
import { AuditFilters } from './AuditFilters';
import type { AuditEvent, AuditQuery, AuditResult } from './auditEvents';
import { ChainStatus } from './ChainStatus';
import { useAuditEvents, useRefreshAudit } from './useAuditEvents';

const resultColors: Record<AuditResult, string> = { success: 'success', denied: 'error', rejected: 'warning', failed: 'error' };

const columns: TableColumnsType<AuditEvent> = [
  { title: '#', dataIndex: 'sequence', width: 80 },
  { title: 'Time', dataIndex: 'occurredAt', width: 200, render: (occurredAt: string) => <DateTime value={occurredAt} /> },
  { title: 'Actor', dataIndex: 'actor', render: (actor: string) => <span data-testid="audit-actor">{actor}</span> },
  { title: 'Action', dataIndex: 'action', render: (action: string) => <Tag data-testid="audit-action">{action}</Tag> },
  { title: 'Target', dataIndex: 'target', render: (target: string) => <span data-testid="audit-target">{target}</span> },
  {
    title: 'Result',
    dataIndex: 'result',
    render: (result: AuditResult, event) => (
      <Tag color={resultColors[result] ?? 'default'} data-testid="audit-result">
        {result} · {event.status}
      </Tag>
    ),
  },
  { title: 'Service', dataIndex: 'service' },
  { title: 'Client IP', dataIndex: 'clientIp', render: (clientIp: string | null) => clientIp ?? '—' },
];

export function AuditTrailPage() {
  const [query, setQuery] = useState<AuditQuery>({ page: 0, size: defaultPageSize });
  const auditEvents = useAuditEvents(query);
  const refresh = useRefreshAudit();

  return (
    <Flex vertical gap="large">
      <ChainStatus />
      <Card title="Audit trail">
        <Flex vertical gap="middle">
          <AuditFilters
            onApply={(filter) => {
              setQuery({ ...filter, page: 0, size: query.size });
              void refresh();
            }}
          />
          <PagedTable<AuditEvent>
            what="The audit trail"
            tableTestId="audit-table"
            rowKey="id"
            columns={columns}
            query={auditEvents}
            onPageChange={(page, size) => setQuery({ ...query, page: size === query.size ? page : 0, size })}
            expandable={{ expandedRowRender: (event) => <AuditEventDetails event={event} /> }}
          />
        </Flex>
      </Card>
    </Flex>
  );
}
