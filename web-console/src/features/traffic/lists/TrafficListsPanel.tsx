import { DeleteOutlined, EyeOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Popconfirm, Space, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { DateTime } from '../../../components/DateTime';
import { NewButton } from '../../../components/NewButton';
import { PagedTable } from '../../../components/PagedTable';
import { usePageRequest } from '../../../components/usePageRequest';
import { useErrorMessage } from '../../../components/useErrorMessage';
import { useCurrentUser } from '../../auth/CurrentUserContext';
import { canManageTraffic } from '../trafficPermissions';
import { TrafficListDrawer } from './TrafficListDrawer';
import type { TrafficList } from './trafficLists';
import { UploadListModal } from './UploadListModal';
import { useDeleteTrafficList, useTrafficLists } from './useTrafficLists';

/** Large `in` lists, uploaded separately and referenced by name from policies. */
export function TrafficListsPanel() {
  const manage = canManageTraffic(useCurrentUser());
  const { request, paginate } = usePageRequest();
  const lists = useTrafficLists(request);
  const deleteList = useDeleteTrafficList();
  const showError = useErrorMessage();
  const [uploading, setUploading] = useState<TrafficList | 'new'>();
  // The list whose details are open is in the URL (`?tab=lists&list=testers`), so it can be linked to.
  const [params, setParams] = useSearchParams();
  const viewing = params.get('list') ?? undefined;
  const setViewing = (name: string | undefined) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (name) next.set('list', name);
        else next.delete('list');
        return next;
      },
      { replace: true },
    );

  const columns: TableColumnsType<TrafficList> = [
    {
      title: 'Name',
      dataIndex: 'name',
      render: (name: string) => (
        <Button type="link" style={{ padding: 0 }} onClick={() => setViewing(name)} data-testid={`view-traffic-list-${name}`}>
          {name}
        </Button>
      ),
    },
    { title: 'Description', dataIndex: 'description', ellipsis: true },
    { title: 'Version', dataIndex: 'version', width: 90 },
    { title: 'Entries', dataIndex: 'size', width: 110, render: (size: number) => size?.toLocaleString() },
    { title: 'Updated', dataIndex: 'updatedAt', render: (updatedAt: string) => <DateTime value={updatedAt} /> },
    {
      title: 'Actions',
      key: 'actions',
      render: (_, list) => (
        <Space wrap>
          <Button size="small" icon={<EyeOutlined />} onClick={() => setViewing(list.name)}>
            Details
          </Button>
          {manage && (
            <Button size="small" icon={<UploadOutlined />} onClick={() => setUploading(list)} data-testid={`upload-traffic-list-${list.name}`}>
              New version
            </Button>
          )}
          {manage && (
            <Popconfirm
              title={`Delete traffic list ${list.name}?`}
              description="A list that a gateway's current policy uses cannot be deleted."
              okText="Delete"
              okButtonProps={{ danger: true, 'data-testid': `confirm-delete-traffic-list-${list.name}` }}
              onConfirm={() => deleteList.mutateAsync(list.name).catch(showError)}
            >
              <Button size="small" danger icon={<DeleteOutlined />} data-testid={`delete-traffic-list-${list.name}`}>
                Delete
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <Flex vertical gap="middle">
        <Flex justify="space-between" align="center">
          <Typography.Text type="secondary">
            Large <Typography.Text code>in</Typography.Text> lists, referenced from a rule as <Typography.Text code>{'{"in": {"list": "<name>"}}'}</Typography.Text>. Every upload is a
            new version; a policy keeps the version that was current when it was saved.
          </Typography.Text>
          {manage && <NewButton label="New traffic list" testId="new-traffic-list" onClick={() => setUploading('new')} />}
        </Flex>
        <PagedTable<TrafficList> what="Traffic lists" tableTestId="traffic-lists-table" rowKey="name" columns={columns} query={lists} onPageChange={paginate} />
      </Flex>
      {uploading && <UploadListModal list={uploading === 'new' ? undefined : uploading} onClose={() => setUploading(undefined)} />}
      {viewing && (
        <TrafficListDrawer
          name={viewing}
          canManage={manage}
          onUpload={(list) => setUploading(list)}
          onDelete={(name) => deleteList.mutateAsync(name).then(() => setViewing(undefined), showError)}
          onClose={() => setViewing(undefined)}
        />
      )}
    </>
  );
}
