import { App } from 'antd';
import { ApiError } from '../api/ApiError';

/** Shows a refused action (a 403's detail, a 409's conflict) as a message instead of failing silently. */
export function useErrorMessage() {
  const { message } = App.useApp();
  return (error: unknown) => {
    const content = error instanceof ApiError ? (error.detail ?? error.title) : String(error);
    void message.error({ content, duration: 6 });
  };
}
