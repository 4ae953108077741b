import { Form, Input } from 'antd';
import { FormModal } from '../../components/FormModal';
import { principalNameRules } from '../users/principalNameRules';
import type { NewServiceAccount } from './serviceAccounts';
import { useCreateServiceAccount } from './useServiceAccounts';

export function NewServiceAccountModal({ onClose }: { onClose: () => void }) {
  const createServiceAccount = useCreateServiceAccount();
  return (
    <FormModal<NewServiceAccount>
      title="New service account"
      okText="Create service account"
      testId="service-account-form"
      onSubmit={(account) => createServiceAccount.mutateAsync(account)}
      onClose={onClose}
    >
      <Form.Item
        name="name"
        label="Name"
        extra="Shares the name space of users; add it to projects as a member."
        rules={principalNameRules}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="description" label="Description">
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
