import { Button, Form, Select, Switch } from 'antd';
import type { FormInstance } from 'antd';
import { FormMessages } from '../../components/FormMessages';
import { useFormSubmit } from '../../components/useFormSubmit';
import { projectRoles } from '../auth/permissions';
import { UsernameInput } from '../users/UsernameInput';
import type { Membership } from './members';
import { usePutMember } from './useMembers';

export type MemberValues = Membership & { username: string };

const roleOptions = projectRoles.map((role) => ({ value: role, label: role }));
export const newMember: MemberValues = { username: '', role: 'developer', production: false };

/** Adds a member, or changes the role and production flag of an existing one (the PUT is the same). */
export function MemberForm({ projectKey, form }: { projectKey: string; form: FormInstance<MemberValues> }) {
  const putMember = usePutMember(projectKey);
  const { submit, submitting, messages } = useFormSubmit(form, (values: MemberValues) => putMember.mutateAsync(values));

  return (
    <div>
      <FormMessages messages={messages} />
      <Form<MemberValues>
        form={form}
        name="add-member"
        layout="inline"
        initialValues={newMember}
        data-testid="add-member"
        onFinish={async (values) => {
          if (await submit({ ...values, username: values.username.trim() })) form.resetFields();
        }}
      >
        <Form.Item name="username" label="Username" rules={[{ required: true, whitespace: true }]}>
          <UsernameInput />
        </Form.Item>
        <Form.Item name="role" label="Role" rules={[{ required: true }]}>
          <Select options={roleOptions} style={{ width: 170 }} data-testid="member-role" />
        </Form.Item>
        <Form.Item name="production" label="Production" valuePropName="checked">
          <Switch data-testid="member-production" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={submitting} data-testid="add-member-submit">
            Save member
          </Button>
        </Form.Item>
      </Form>
    </div>
  );
}
