import { Form, Input, Switch } from 'antd';
import { FormModal } from '../../components/FormModal';
import { principalNameRules } from './principalNameRules';
import { minimumPasswordLength, type NewUser } from './users';
import { useCreateUser } from './useUsers';

export function NewUserModal({ onClose }: { onClose: () => void }) {
  const createUser = useCreateUser();
  return (
    <FormModal<NewUser>
      title="New user"
      okText="Create user"
      testId="user-form"
      initialValues={{ admin: false, auditor: false }}
      onSubmit={(user) => createUser.mutateAsync(user)}
      onClose={onClose}
    >
      <Form.Item name="username" label="Username" rules={principalNameRules}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="displayName" label="Display name" rules={[{ required: true }]}>
        <Input />
      </Form.Item>
      <Form.Item name="email" label="Email" rules={[{ required: true }, { type: 'email', message: 'Enter an email address' }]}>
        <Input />
      </Form.Item>
      <Form.Item name="password" label="Password" rules={[{ required: true }, { min: minimumPasswordLength, message: `At least ${minimumPasswordLength} characters` }]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item name="admin" label="Platform admin" valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name="auditor" label="Auditor" valuePropName="checked">
        <Switch />
      </Form.Item>
    </FormModal>
  );
}
