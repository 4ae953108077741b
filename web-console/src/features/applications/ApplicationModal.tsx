import { Form, Input, Select } from 'antd';
import { FormModal } from '../../components/FormModal';
import { UsernamesSelect } from '../users/UsernamesSelect';
import { applicationChanges, applicationNamePattern, type Application, type ApplicationFields } from './applications';
import { useCreateApplication, useUpdateApplication } from './useApplications';

const typeOptions = [
  { value: 'host', label: 'Host (deployed over SSH)' },
  { value: 'container', label: 'Container (deployed to Kubernetes)' },
];

/** Creates an application, or edits one when `application` is given (its name and type stay). */
export function ApplicationModal({ projectKey, application, onClose }: { projectKey: string; application?: Application; onClose: () => void }) {
  const createApplication = useCreateApplication(projectKey);
  const updateApplication = useUpdateApplication(projectKey, application?.name ?? '');
  const editing = application !== undefined;

  return (
    <FormModal<ApplicationFields>
      title={editing ? `Edit ${application.name}` : 'New application'}
      okText={editing ? 'Save' : 'Create application'}
      testId="application-form"
      initialValues={application ?? { owners: [], tags: [] }}
      onSubmit={(values) =>
        editing
          ? updateApplication.mutateAsync(applicationChanges(values))
          : createApplication.mutateAsync({ name: values.name, type: values.type, ...applicationChanges(values) })
      }
      onClose={onClose}
    >
      <Form.Item
        name="name"
        label="Name"
        rules={[{ required: true }, { pattern: applicationNamePattern, message: 'Lower-case letters, digits and -; starts with a letter; 2–63 characters' }]}
      >
        <Input disabled={editing} autoComplete="off" />
      </Form.Item>
      <Form.Item name="type" label="Type" rules={[{ required: true }]}>
        <Select options={typeOptions} disabled={editing} placeholder="host or container" />
      </Form.Item>
      <Form.Item name="owners" label="Owners">
        <UsernamesSelect />
      </Form.Item>
      <Form.Item name="repositoryUrl" label="Repository URL">
        <Input placeholder="https://git.example.com/shop/web.git" />
      </Form.Item>
      <Form.Item name="language" label="Language">
        <Input placeholder="java" />
      </Form.Item>
      <Form.Item name="description" label="Description">
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="tags" label="Tags">
        <Select mode="tags" tokenSeparators={[',', ' ']} open={false} placeholder="Type a tag and press Enter" />
      </Form.Item>
    </FormModal>
  );
}
