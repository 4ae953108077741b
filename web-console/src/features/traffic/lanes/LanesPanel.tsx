import { DeleteOutlined, EditOutlined, PushpinOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../../api/ApiError';
import { DateTime } from '../../../components/DateTime';
import { NewButton } from '../../../components/NewButton';
import { QueryError } from '../../../components/QueryError';
import { useErrorMessage } from '../../../components/useErrorMessage';
import { useCurrentUser } from '../../auth/CurrentUserContext';
import { canManageTraffic } from '../trafficPermissions';
import { LaneModal } from './LaneModal';
import type { Lane } from './lanes';
import { PinLaneModal } from './PinLaneModal';
import { useDeleteLane, useLanes } from './useLanes';

/** Every lane (the API answers them all at once, so the table pages locally); create, edit, pin and delete. */
export function LanesPanel() {
  const user = useCurrentUser();
  const manage = canManageTraffic(user);
  const lanes = useLanes();
  const deleteLane = useDeleteLane();
  const showError = useErrorMessage();
  const { modal } = App.useApp();
  const [editing, setEditing] = useState<Lane | 'new'>();
  const [pinning, setPinning] = useState<string>();
  const names = lanes.data?.lanes.map((lane) => lane.name) ?? [];

  const remove = (lane: string) =>
    deleteLane.mutateAsync(lane).catch((error: unknown) => {
      // A lane still routed to by a gateway's policy: say which, plainly, rather than in a passing toast.
      if (error instanceof ApiError && error.status === 409) {
        modal.error({
          title: `Lane ${lane} is in use`,
          content: <span data-testid="lane-in-use">{error.detail ?? error.title}</span>,
          okButtonProps: { 'data-testid': 'lane-in-use-ok' },
        });
      } else showError(error);
    });

  const columns: TableColumnsType<Lane> = [
    { title: 'Name', dataIndex: 'name', render: (name: string) => <Typography.Text strong>{name}</Typography.Text> },
    { title: 'Description', dataIndex: 'description', ellipsis: true },
    { title: 'Strict', dataIndex: 'strict', render: (strict: boolean) => (strict ? <Tag color="red">strict</Tag> : <Tag>falls back</Tag>) },
    {
      title: 'Locked services',
      dataIndex: 'lockedServices',
      render: (services: string[]) =>
        services.length === 0 ? <Typography.Text type="secondary">Unlocked</Typography.Text> : services.map((service) => <Tag key={service}>{service}</Tag>),
    },
    { title: 'Version', dataIndex: 'version', width: 90 },
    {
      title: 'Updated',
      dataIndex: 'updatedAt',
      render: (updatedAt: string, lane) => (
        <>
          <DateTime value={updatedAt} /> <Typography.Text type="secondary">by {lane.updatedBy}</Typography.Text>
        </>
      ),
    },
    {
      title: 'Actions',
      key: 'actions',
      width: manage ? 300 : 140,
      render: (_, lane) => (
        <Space size="small">
          <Button size="small" icon={<PushpinOutlined />} onClick={() => setPinning(lane.name)} data-testid={`pin-lane-${lane.name}`}>
            Pin this lane
          </Button>
          {manage && (
            <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(lane)} data-testid={`edit-lane-${lane.name}`}>
              Edit
            </Button>
          )}
          {manage && (
            <Popconfirm
              title={`Delete lane ${lane.name}?`}
              description="Instances registered in it are then treated as the baseline. A lane a gateway's policy still routes to cannot be deleted."
              okText="Delete"
              okButtonProps={{ danger: true, 'data-testid': `confirm-delete-lane-${lane.name}` }}
              onConfirm={() => remove(lane.name)}
            >
              <Button size="small" danger icon={<DeleteOutlined />} data-testid={`delete-lane-${lane.name}`}>
                Delete
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center">
        <Typography.Text type="secondary">
          Instances join a lane by registering with metadata <Typography.Text code>aviary.lane</Typography.Text>; instances without it are the baseline.
          {lanes.data && <span data-testid="lane-revision"> Lane revision {lanes.data.revision}.</span>}
        </Typography.Text>
        {manage && <NewButton label="New lane" testId="new-lane" onClick={() => setEditing('new')} />}
      </Flex>
      <QueryError error={lanes.error} what="Lanes" />
      <Table<Lane> data-testid="lanes-table" rowKey="name" columns={columns} dataSource={lanes.data?.lanes} loading={lanes.isFetching} pagination={{ hideOnSinglePage: true, defaultPageSize: 50 }} />
      {editing && <LaneModal lane={editing === 'new' ? undefined : editing} existing={names} onClose={() => setEditing(undefined)} />}
      {pinning && <PinLaneModal lane={pinning} onClose={() => setPinning(undefined)} />}
    </Flex>
  );
}
