import { Form, Input } from 'antd';
import { useNavigate } from 'react-router';
import { FormModal } from '../../components/FormModal';
import { ProjectNameAndDescriptionItems } from './ProjectNameAndDescriptionItems';
import { projectKeyPattern, type NewProject } from './projects';
import { useCreateProject } from './useProjects';

export function NewProjectModal({ onClose }: { onClose: () => void }) {
  const createProject = useCreateProject();
  const navigate = useNavigate();
  return (
    <FormModal<NewProject>
      title="New project"
      okText="Create project"
      testId="project-form"
      onSubmit={async (project) => {
        const created = await createProject.mutateAsync(project);
        void navigate(`/projects/${encodeURIComponent(created.key)}`);
      }}
      onClose={onClose}
    >
      <Form.Item
        name="key"
        label="Key"
        extra="Used in URLs and API paths; cannot be changed later."
        rules={[{ required: true }, { pattern: projectKeyPattern, message: 'Lower-case letters, digits and -; starts with a letter; 2–32 characters' }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <ProjectNameAndDescriptionItems />
    </FormModal>
  );
}
