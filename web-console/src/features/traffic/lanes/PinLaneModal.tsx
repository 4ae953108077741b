import { Alert, Button, Descriptions, Form, InputNumber, Modal, Typography } from 'antd';
import { useState } from 'react';
import { DateTime } from '../../../components/DateTime';
import { FormMessages } from '../../../components/FormMessages';
import { useFormSubmit } from '../../../components/useFormSubmit';
import { laneHeader, laneTokenHeader, type LaneToken } from './lanes';
import { useCreateLaneToken } from './useLanes';

/**
 * "Pin this lane": takes a lane token for the signed-in user and shows it once, with the two headers
 * a request sends so the gateway keeps its `x-aviary-lane` instead of removing it.
 */
export function PinLaneModal({ lane, onClose }: { lane: string; onClose: () => void }) {
  const [form] = Form.useForm<{ ttlMinutes: number }>();
  const createToken = useCreateLaneToken(lane);
  const [token, setToken] = useState<LaneToken>();
  const { submit, submitting, messages } = useFormSubmit(form, async ({ ttlMinutes }) => setToken(await createToken.mutateAsync(ttlMinutes)));

  if (token) {
    const curl = `curl -H '${laneHeader}: ${token.lane}' -H '${laneTokenHeader}: ${token.token}' https://<gateway>/...`;
    return (
      <Modal
        open
        width={720}
        title={`Lane ${token.lane} pinned`}
        onCancel={onClose}
        mask={{ closable: false }}
        footer={
          <Button type="primary" onClick={onClose} data-testid="lane-token-done">
            I have copied it
          </Button>
        }
      >
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="Copy this token now: you will not see it again."
          description="Anyone holding it can send requests into this lane until it expires. A pinned request skips the gateway's policy."
        />
        <Descriptions
          column={1}
          bordered
          size="small"
          items={[
            { key: 'lane', label: <Typography.Text code>{laneHeader}</Typography.Text>, children: <Typography.Text copyable data-testid="lane-token-lane">{token.lane}</Typography.Text> },
            {
              key: 'token',
              label: <Typography.Text code>{laneTokenHeader}</Typography.Text>,
              children: (
                <Typography.Paragraph code copyable={{ text: token.token, tooltips: ['Copy', 'Copied'] }} style={{ wordBreak: 'break-all', margin: 0 }}>
                  <span data-testid="lane-token-value">{token.token}</span>
                </Typography.Paragraph>
              ),
            },
            { key: 'expires', label: 'Expires', children: <DateTime value={token.expiresAt} /> },
          ]}
        />
        <Typography.Paragraph style={{ marginTop: 16 }}>Send both headers with every request through the gray gateway, for example:</Typography.Paragraph>
        <Typography.Paragraph copyable={{ text: curl, tooltips: ['Copy', 'Copied'] }}>
          <pre style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', margin: 0 }}>{curl}</pre>
        </Typography.Paragraph>
      </Modal>
    );
  }

  return (
    <Modal
      open
      title={`Pin lane ${lane}`}
      okText="Create lane token"
      onOk={() => form.submit()}
      // The server issues the token whether or not anyone still waits for it, and it is shown only once: the dialog
      // stays until the answer is here (a service that does not answer ends in the edge's 504 after 30 s, shown here).
      onCancel={submitting ? undefined : onClose}
      closable={!submitting}
      keyboard={!submitting}
      cancelButtonProps={{ disabled: submitting }}
      confirmLoading={submitting}
      okButtonProps={{ 'data-testid': 'pin-lane-form-submit' }}
      mask={{ closable: false }}
    >
      <FormMessages messages={messages} />
      <Typography.Paragraph type="secondary">
        A lane token lets your own requests carry <Typography.Text code>{laneHeader}: {lane}</Typography.Text> through the gray gateway, whatever the
        traffic policy says.
      </Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ ttlMinutes: 60 }} data-testid="pin-lane-form" onFinish={(values) => void submit(values)}>
        <Form.Item name="ttlMinutes" label="Valid for (minutes)" rules={[{ required: true }]} extra="1 to 1440 minutes (a day).">
          <InputNumber min={1} max={1440} precision={0} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
