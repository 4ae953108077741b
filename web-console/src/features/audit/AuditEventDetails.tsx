import { Col, Descriptions, Row, Typography } from 'antd';
import type { AuditEvent } from './auditEvents';

function Json({ label, value, testId }: { label: string; value: unknown; testId: string }) {
  return (
    <>
      <Typography.Text strong>{label}</Typography.Text>
      <pre data-testid={testId} style={{ margin: '4px 0 0', padding: 12, background: 'rgba(0,0,0,0.03)', borderRadius: 6, maxHeight: 360, overflow: 'auto' }}>
        {value === null || value === undefined ? '—' : JSON.stringify(value, null, 2)}
      </pre>
    </>
  );
}

/** The recorded state before and after the change, and the event's place in the hash chain. */
export function AuditEventDetails({ event }: { event: AuditEvent }) {
  return (
    <>
      <Row gutter={16}>
        <Col span={12}>
          <Json label="Before" value={event.before} testId="audit-before" />
        </Col>
        <Col span={12}>
          <Json label="After" value={event.after} testId="audit-after" />
        </Col>
      </Row>
      <Descriptions
        size="small"
        column={3}
        style={{ marginTop: 12 }}
        items={[
          { key: 'sequence', label: 'Sequence', children: event.sequence },
          { key: 'id', label: 'Event id', children: <Typography.Text code>{event.id}</Typography.Text> },
          { key: 'actorKind', label: 'Actor kind', children: event.actorKind },
          { key: 'hash', label: 'Hash', span: 3, children: <Typography.Text code copyable>{event.hash}</Typography.Text> },
        ]}
      />
    </>
  );
}
