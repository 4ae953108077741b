import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';

/** The primary "New …" button of a list, which opens the form that creates an item. */
export function NewButton({ label, testId, onClick }: { label: string; testId: string; onClick: () => void }) {
  return (
    <Button type="primary" icon={<PlusOutlined />} onClick={onClick} data-testid={testId}>
      {label}
    </Button>
  );
}
