import { ToolOutlined } from '@ant-design/icons';
import { Result } from 'antd';

/** States plainly that an area exists in the navigation but has no features yet. */
export function NotBuiltYet({ title, summary }: { title: string; summary: string }) {
  return <Result data-testid="not-built" icon={<ToolOutlined />} title={title} subTitle={summary} />;
}
