import { Result } from 'antd';

export function Forbidden({ title }: { title: string }) {
  return <Result status="403" data-testid="forbidden" title={`${title} is not available to you`} subTitle="Ask a platform admin for the role this area needs." />;
}
