import { Button, DatePicker, Form, Input } from 'antd';
import type { GetProps } from 'antd';
import type { AuditFilter } from './auditEvents';

type TimeRange = GetProps<typeof DatePicker.RangePicker>['value'];

interface FilterValues {
  actor?: string;
  action?: string;
  target?: string;
  range?: TimeRange;
}

/** Filters by actor, action, target and time; empty fields do not filter. */
export function AuditFilters({ onApply }: { onApply: (filter: AuditFilter) => void }) {
  const [form] = Form.useForm<FilterValues>();
  const apply = ({ actor, action, target, range }: FilterValues) =>
    onApply({ actor, action, target, from: range?.[0]?.toISOString(), to: range?.[1]?.toISOString() });

  return (
    <Form<FilterValues> form={form} name="audit-filter" layout="inline" onFinish={apply} data-testid="audit-filter" style={{ rowGap: 8 }}>
      <Form.Item name="actor" label="Actor">
        <Input allowClear placeholder="admin" data-testid="audit-filter-actor" style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="action" label="Action">
        <Input allowClear placeholder="project.create" data-testid="audit-filter-action" style={{ width: 170 }} />
      </Form.Item>
      <Form.Item name="target" label="Target">
        <Input allowClear placeholder="project/shop" data-testid="audit-filter-target" style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="range" label="Time">
        <DatePicker.RangePicker showTime allowEmpty={[true, true]} data-testid="audit-filter-time" />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" data-testid="audit-filter-apply">
          Filter
        </Button>
      </Form.Item>
      <Form.Item>
        <Button
          onClick={() => {
            form.resetFields();
            onApply({});
          }}
          data-testid="audit-filter-reset"
        >
          Reset
        </Button>
      </Form.Item>
    </Form>
  );
}
