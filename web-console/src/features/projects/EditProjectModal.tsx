import { FormModal } from '../../components/FormModal';
import { ProjectNameAndDescriptionItems } from './ProjectNameAndDescriptionItems';
import type { Project, ProjectChanges } from './projects';
import { useUpdateProject } from './useProjects';

export function EditProjectModal({ project, onClose }: { project: Project; onClose: () => void }) {
  const updateProject = useUpdateProject(project.key);
  return (
    <FormModal<ProjectChanges>
      title={`Edit ${project.key}`}
      okText="Save"
      testId="edit-project-form"
      initialValues={{ name: project.name, description: project.description }}
      onSubmit={(changes) => updateProject.mutateAsync({ name: changes.name, description: changes.description || null })}
      onClose={onClose}
    >
      <ProjectNameAndDescriptionItems />
    </FormModal>
  );
}
