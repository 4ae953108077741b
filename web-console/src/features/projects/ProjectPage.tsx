import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Popconfirm, Skeleton, Space, Tabs } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { DateTime } from '../../components/DateTime';
import { QueryError } from '../../components/QueryError';
import { useErrorMessage } from '../../components/useErrorMessage';
import { ApplicationsTab } from '../applications/ApplicationsTab';
import { useCurrentUser } from '../auth/CurrentUserContext';
import { can } from '../auth/permissions';
import { MembersTab } from '../members/MembersTab';
import { EditProjectModal } from './EditProjectModal';
import type { Project } from './projects';
import { useDeleteProject, useProject } from './useProjects';

/** One project: its details, applications and members. */
export function ProjectPage() {
  const { key = '' } = useParams();
  const { data: project, error } = useProject(key);

  return (
    <Flex vertical gap="large">
      <Link to="/projects">← All projects</Link>
      <QueryError error={error} what={`Project ${key}`} />
      {!project && !error && <Skeleton active />}
      {project && <ProjectDetails project={project} />}
      {project && (
        <Card>
          <Tabs
            items={[
              { key: 'applications', label: 'Applications', children: <ApplicationsTab projectKey={project.key} /> },
              { key: 'members', label: 'Members', children: <MembersTab projectKey={project.key} /> },
            ]}
          />
        </Card>
      )}
    </Flex>
  );
}

function ProjectDetails({ project }: { project: Project }) {
  const user = useCurrentUser();
  const [editing, setEditing] = useState(false);
  const deleteProject = useDeleteProject(project.key);
  const showError = useErrorMessage();
  const navigate = useNavigate();

  return (
    <Card
      title={<span data-testid="project-name">{project.name}</span>}
      extra={
        <Space>
          {can(user, 'project.update', project.key) && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="edit-project">
              Edit
            </Button>
          )}
          {can(user, 'project.delete', project.key) && (
            <Popconfirm
              title={`Delete project ${project.key}?`}
              description="Only a project without applications can be deleted."
              okText="Delete"
              okButtonProps={{ danger: true, 'data-testid': 'confirm-delete-project' }}
              onConfirm={() =>
                deleteProject.mutateAsync().then(() => navigate('/projects'), showError)
              }
            >
              <Button danger icon={<DeleteOutlined />} data-testid="delete-project">
                Delete
              </Button>
            </Popconfirm>
          )}
        </Space>
      }
    >
      <Descriptions
        column={2}
        items={[
          { key: 'key', label: 'Key', children: <span data-testid="project-key">{project.key}</span> },
          { key: 'name', label: 'Name', children: project.name },
          { key: 'description', label: 'Description', span: 2, children: project.description || '—' },
          { key: 'created', label: 'Created', children: <DateTime value={project.createdAt} /> },
          { key: 'updated', label: 'Updated', children: <DateTime value={project.updatedAt} /> },
        ]}
      />
      {editing && <EditProjectModal project={project} onClose={() => setEditing(false)} />}
    </Card>
  );
}
