import { Button, Result } from 'antd';
import { Link } from 'react-router';

export function NotFound() {
  return (
    <Result
      status="404"
      title="Page not found"
      subTitle="There is no console page at this address."
      extra={
        <Button type="primary">
          <Link to="/">Back to the overview</Link>
        </Button>
      }
    />
  );
}
