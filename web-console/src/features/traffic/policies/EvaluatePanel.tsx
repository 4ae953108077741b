import { DeleteOutlined, ExperimentOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Flex, Form, Input, Row, Space, Tag, Typography } from 'antd';
import { FormMessages } from '../../../components/FormMessages';
import { useFormSubmit } from '../../../components/useFormSubmit';
import type { Evaluation, Rule } from './policies';
import { sampleRequest, type SampleValues } from './sampleRequest';
import { useEvaluate } from './usePolicies';

function PairRows({ name, label, placeholder }: { name: 'headers' | 'cookies' | 'query'; label: string; placeholder: string }) {
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <Card size="small" title={label} extra={<Button size="small" icon={<PlusOutlined />} onClick={() => add({ name: '', value: '' })} data-testid={`sample-add-${name}`}>Add</Button>}>
          {fields.length === 0 && <Typography.Text type="secondary">None</Typography.Text>}
          {fields.map((field) => (
            <Space.Compact key={field.key} block style={{ marginBottom: 8 }}>
              <Form.Item name={[field.name, 'name']} noStyle>
                <Input placeholder={placeholder} style={{ width: '45%' }} data-testid={`sample-${name}-${field.name}-name`} autoComplete="off" />
              </Form.Item>
              <Form.Item name={[field.name, 'value']} noStyle>
                <Input placeholder="value" data-testid={`sample-${name}-${field.name}-value`} autoComplete="off" />
              </Form.Item>
              <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={`Remove ${label.toLowerCase()} row`} />
            </Space.Compact>
          ))}
        </Card>
      )}
    </Form.List>
  );
}

/** Asks the current policy, or a draft of `rules`, where a sample request would go. Sends no traffic. */
export function EvaluatePanel({ gateway, draft }: { gateway: string; draft?: Rule[] }) {
  const [form] = Form.useForm<SampleValues>();
  const evaluate = useEvaluate(gateway);
  const { submit, submitting, messages } = useFormSubmit(form, (values: SampleValues) => evaluate.mutateAsync(sampleRequest(values, draft)));

  return (
    <Flex vertical gap="middle">
      <Typography.Text type="secondary">
        Describe a request; {draft ? 'the draft' : `the current policy of ${gateway}`} says which lane it would go to. Nothing is sent to the gateway.
      </Typography.Text>
      <FormMessages messages={messages} />
      <Form<SampleValues>
        form={form}
        layout="vertical"
        data-testid="evaluate-form"
        initialValues={{ headers: [{ name: 'x-user-id', value: '' }], cookies: [], query: [], clientIp: '203.0.113.9', path: '/' }}
        onFinish={(values) => void submit(values)}
      >
        <Row gutter={16}>
          <Col span={8}>
            <PairRows name="headers" label="Headers" placeholder="header" />
          </Col>
          <Col span={8}>
            <PairRows name="cookies" label="Cookies" placeholder="cookie" />
          </Col>
          <Col span={8}>
            <PairRows name="query" label="Query" placeholder="parameter" />
          </Col>
        </Row>
        <Row gutter={16} style={{ marginTop: 16 }}>
          <Col span={8}>
            <Form.Item name="clientIp" label="Client IP">
              <Input placeholder="203.0.113.9" data-testid="sample-client-ip" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="path" label="Path">
              <Input placeholder="/" data-testid="sample-path" autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" icon={<ExperimentOutlined />} loading={submitting} data-testid="evaluate-submit">
          Where would it go?
        </Button>
      </Form>
      {evaluate.data && !submitting && <EvaluationResult evaluation={evaluate.data} draft={draft !== undefined} />}
    </Flex>
  );
}

function EvaluationResult({ evaluation, draft }: { evaluation: Evaluation; draft: boolean }) {
  const baseline = evaluation.lane === null;
  return (
    <Alert
      type={baseline ? 'info' : 'success'}
      showIcon
      data-testid="evaluation"
      title={
        baseline ? (
          <span>
            Goes to the <strong data-testid="evaluation-lane">baseline</strong>: no rule matches.
          </span>
        ) : (
          <span>
            Goes to lane{' '}
            <Tag color="purple" data-testid="evaluation-lane">
              {evaluation.lane}
            </Tag>
          </span>
        )
      }
      description={
        <Descriptions
          size="small"
          column={2}
          items={[
            { key: 'rule', label: 'Rule', children: <span data-testid="evaluation-rule">{evaluation.rule ?? '—'}</span> },
            { key: 'version', label: 'Policy version', children: draft ? 'draft' : evaluation.version },
          ]}
        />
      }
    />
  );
}
