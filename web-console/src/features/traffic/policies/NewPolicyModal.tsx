import { Form, Input } from 'antd';
import { useNavigate } from 'react-router';
import { FormModal } from '../../../components/FormModal';
import { gatewayNamePattern } from '../trafficNames';
import { gatewayPath } from './gatewayPath';

/** Names the gateway a policy is for and opens its (still empty) policy editor; nothing is saved until the first version. */
export function NewPolicyModal({ onClose }: { onClose: () => void }) {
  const navigate = useNavigate();
  return (
    <FormModal<{ gateway: string }>
      title="New traffic policy"
      okText="Edit its rules"
      testId="new-policy-form"
      onSubmit={async ({ gateway }) => navigate(gatewayPath(gateway.trim(), 'policy'))}
      onClose={onClose}
    >
      <Form.Item
        name="gateway"
        label="Gateway"
        extra="The name a gray-gateway deployment runs with (aviary.gateway.name), e.g. shop-ingress."
        rules={[{ required: true }, { pattern: gatewayNamePattern, message: 'A lower-case letter, then up to 62 lower-case letters, digits or dashes' }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
    </FormModal>
  );
}
