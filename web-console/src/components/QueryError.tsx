import { Alert } from 'antd';
import type { ApiError } from '../api/ApiError';

/** Why a list or page could not be loaded: a 403 names the missing permission. */
export function QueryError({ error, what }: { error: ApiError | null; what: string }) {
  if (!error) return null;
  return (
    <Alert
      type={error.status === 403 ? 'warning' : 'error'}
      showIcon
      data-testid="query-error"
      title={`${what} could not be loaded`}
      description={error.detail ?? error.title}
    />
  );
}
