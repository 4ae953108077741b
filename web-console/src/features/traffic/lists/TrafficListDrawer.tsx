import { DeleteOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Descriptions, Drawer, Flex, Popconfirm, Skeleton } from 'antd';
import { DateTime } from '../../../components/DateTime';
import { QueryError } from '../../../components/QueryError';
import { entriesUrl, type TrafficList } from './trafficLists';
import { useTrafficList } from './useTrafficLists';

const known = new Set(['name', 'description', 'version', 'size', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy']);
const isInstant = (key: string) => key.endsWith('At');

interface TrafficListDrawerProps {
  name: string;
  canManage: boolean;
  onUpload: (list: TrafficList) => void;
  onDelete: (name: string) => Promise<unknown>;
  onClose: () => void;
}

/** A traffic list's metadata, its current version's entries to download, and what may be done with it. */
export function TrafficListDrawer({ name, canManage, onUpload, onDelete, onClose }: TrafficListDrawerProps) {
  const { data: list, error } = useTrafficList(name);
  const extra = list ? Object.entries(list).filter(([key, value]) => !known.has(key) && value !== null && typeof value !== 'object') : [];
  return (
    <Drawer open title={`Traffic list ${name}`} onClose={onClose} size={520} data-testid="traffic-list-drawer">
      <QueryError error={error} what={`Traffic list ${name}`} />
      {!list && !error && <Skeleton active />}
      {list && (
        <>
          <Descriptions
            column={1}
            bordered
            size="small"
            items={[
              { key: 'name', label: 'Name', children: list.name },
              { key: 'description', label: 'Description', children: list.description || '—' },
              { key: 'version', label: 'Version', children: <span data-testid="traffic-list-version">{list.version}</span> },
              { key: 'size', label: 'Entries', children: <span data-testid="traffic-list-size">{list.size.toLocaleString()}</span> },
              { key: 'updated', label: 'Updated', children: <><DateTime value={list.updatedAt} />{list.updatedBy && ` by ${list.updatedBy}`}</> },
              ...(list.createdAt ? [{ key: 'created', label: 'Created', children: <><DateTime value={list.createdAt} />{list.createdBy && ` by ${list.createdBy}`}</> }] : []),
              ...extra.map(([key, value]) => ({ key, label: key, children: isInstant(key) ? <DateTime value={String(value)} /> : String(value) })),
            ]}
          />
          <Flex vertical gap="small" align="flex-start" style={{ marginTop: 16 }}>
            <Button icon={<DownloadOutlined />} href={entriesUrl(list.name, list.version)} download={`${list.name}-v${list.version}.txt`}>
              Download the entries of version {list.version}
            </Button>
            {canManage && (
              <Button icon={<UploadOutlined />} onClick={() => onUpload(list)}>
                Upload a new version
              </Button>
            )}
            {canManage && (
              <Popconfirm
                title={`Delete traffic list ${list.name}?`}
                description="A list that a gateway's current policy uses cannot be deleted."
                okText="Delete"
                okButtonProps={{ danger: true, 'data-testid': 'confirm-delete-traffic-list' }}
                onConfirm={() => onDelete(list.name)}
              >
                <Button danger icon={<DeleteOutlined />} data-testid="delete-traffic-list">
                  Delete
                </Button>
              </Popconfirm>
            )}
          </Flex>
        </>
      )}
    </Drawer>
  );
}
