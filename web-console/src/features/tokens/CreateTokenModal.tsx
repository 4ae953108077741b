import { Form, Input, InputNumber, Select } from 'antd';
import { FormModal } from '../../components/FormModal';
import { ProjectsSelect } from '../projects/ProjectsSelect';
import { defaultExpiryDays, maximumExpiryDays, newTokenRequest, tokenPermissions, type CreatedApiToken, type NewApiToken, type TokenOwner } from './tokens';
import { useCreateToken } from './useTokens';

const permissionOptions = tokenPermissions.map((permission) => ({ value: permission, label: permission }));

/** Creates a token and hands the answer (with its secret) to `onCreated`. */
export function CreateTokenModal({ owner, onCreated, onClose }: { owner: TokenOwner; onCreated: (token: CreatedApiToken) => void; onClose: () => void }) {
  const createToken = useCreateToken(owner);
  return (
    <FormModal<NewApiToken>
      title="New API token"
      okText="Create token"
      testId="token-form"
      initialValues={{ expiresInDays: defaultExpiryDays }}
      onSubmit={async (values) => onCreated(await createToken.mutateAsync(newTokenRequest(values)))}
      onClose={onClose}
    >
      <Form.Item name="name" label="Name" rules={[{ required: true, whitespace: true }]} extra="What the token is for, e.g. the CI job using it.">
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="expiresInDays" label="Expires in (days)" rules={[{ required: true }]}>
        <InputNumber min={1} max={maximumExpiryDays} precision={0} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="projects" label="Projects" extra="Leave empty for every project of the owner.">
        <ProjectsSelect placeholder="All projects" />
      </Form.Item>
      <Form.Item name="permissions" label="Permissions" extra="Leave empty for every permission of the owner. List production to act on production.">
        <Select mode="multiple" options={permissionOptions} placeholder="All permissions" />
      </Form.Item>
    </FormModal>
  );
}
