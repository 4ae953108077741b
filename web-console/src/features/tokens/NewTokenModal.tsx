import { Alert, Button, Modal, Typography } from 'antd';
import type { CreatedApiToken } from './tokens';

/** Shows a new token's secret, the one time the server ever reveals it. */
export function NewTokenModal({ token, onClose }: { token: CreatedApiToken; onClose: () => void }) {
  return (
    <Modal
      open
      title={`Token ${token.name} created`}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={
        <Button type="primary" onClick={onClose} data-testid="new-token-done">
          I have copied it
        </Button>
      }
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title="Copy this token now: you will not see it again."
        description="Aviary stores only a hash of it. If you lose it, revoke it and create a new one."
      />
      <Typography.Paragraph code copyable={{ text: token.token, tooltips: ['Copy', 'Copied'] }} style={{ wordBreak: 'break-all' }}>
        <span data-testid="new-token-value">{token.token}</span>
      </Typography.Paragraph>
    </Modal>
  );
}
