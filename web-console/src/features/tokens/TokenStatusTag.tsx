import { Tag } from 'antd';
import { tokenStatus, type ApiToken, type TokenStatus } from './tokens';

const colors: Record<TokenStatus, string> = { Active: 'success', Revoked: 'default', Expired: 'warning' };

export function TokenStatusTag({ token }: { token: ApiToken }) {
  const status = tokenStatus(token, new Date());
  return (
    <Tag color={colors[status]} data-testid="token-status">
      {status}
    </Tag>
  );
}
