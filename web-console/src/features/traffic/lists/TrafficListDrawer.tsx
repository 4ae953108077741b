import { DownloadOutlined } from '@ant-design/icons';
import { Button, Descriptions, Drawer, Skeleton } from 'antd';
import { DateTime } from '../../../components/DateTime';
import { QueryError } from '../../../components/QueryError';
import { entriesUrl } from './trafficLists';
import { useTrafficList } from './useTrafficLists';

const known = new Set(['name', 'description', 'version', 'size', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy']);
const isInstant = (key: string) => key.endsWith('At');

/** A traffic list's metadata, and its current version's entries to download. */
export function TrafficListDrawer({ name, onClose }: { name: string; onClose: () => void }) {
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
          <Button style={{ marginTop: 16 }} icon={<DownloadOutlined />} href={entriesUrl(list.name, list.version)} download={`${list.name}-v${list.version}.txt`}>
            Download the entries of version {list.version}
          </Button>
        </>
      )}
    </Drawer>
  );
}
