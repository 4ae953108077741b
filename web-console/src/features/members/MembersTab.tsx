import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Popconfirm, Space, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { DateTime } from '../../components/DateTime';
import { QueryError } from '../../components/QueryError';
import { useErrorMessage } from '../../components/useErrorMessage';
import { useCurrentUser } from '../auth/CurrentUserContext';
import { can } from '../auth/permissions';
import { MemberForm, type MemberValues } from './MemberForm';
import type { Member } from './members';
import { useMembers, useRemoveMember } from './useMembers';

export function MembersTab({ projectKey }: { projectKey: string }) {
  const user = useCurrentUser();
  const manageable = can(user, 'member.manage', projectKey);
  const { data, error, isFetching } = useMembers(projectKey);
  const removeMember = useRemoveMember(projectKey);
  const showError = useErrorMessage();
  const [form] = Form.useForm<MemberValues>();

  const columns: TableColumnsType<Member> = [
    { title: 'Username', dataIndex: 'username', render: (username: string) => <strong>{username}</strong> },
    { title: 'Kind', dataIndex: 'kind', render: (kind: string) => <Tag>{kind}</Tag> },
    { title: 'Role', dataIndex: 'role', render: (role: string) => <Tag color="blue" data-testid="member-role-tag">{role}</Tag> },
    {
      title: 'Production',
      dataIndex: 'production',
      render: (production: boolean) => (production ? <Tag color="red">production</Tag> : '—'),
    },
    { title: 'Added', dataIndex: 'addedAt', render: (addedAt: string) => <DateTime value={addedAt} /> },
  ];
  if (manageable) {
    columns.push({
      title: 'Actions',
      key: 'actions',
      width: 200,
      render: (_, member) => (
        <Space>
          <Button
            size="small"
            icon={<EditOutlined />}
            onClick={() => form.setFieldsValue({ username: member.username, role: member.role, production: member.production })}
            data-testid={`edit-member-${member.username}`}
          >
            Edit
          </Button>
          <Popconfirm
            title={`Remove ${member.username} from ${projectKey}?`}
            okText="Remove"
            okButtonProps={{ danger: true, 'data-testid': `confirm-remove-member-${member.username}` }}
            onConfirm={() => removeMember.mutateAsync(member.username).catch(showError)}
          >
            <Button size="small" danger icon={<DeleteOutlined />} data-testid={`remove-member-${member.username}`}>
              Remove
            </Button>
          </Popconfirm>
        </Space>
      ),
    });
  }

  return (
    <Flex vertical gap="middle">
      {manageable && <MemberForm projectKey={projectKey} form={form} />}
      <QueryError error={error} what="Members" />
      <Table<Member> data-testid="members-table" rowKey="username" columns={columns} dataSource={data} loading={isFetching} pagination={false} />
    </Flex>
  );
}
