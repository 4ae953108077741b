import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Space, Tag, Typography } from 'antd';
import { useRef } from 'react';
import { currentXsrfToken } from '../../api/csrf';
import { useCurrentUser } from './CurrentUserContext';

/** The signed-in user and a real form POST to the gateway's `/logout`, which ends every session and returns to `/`. */
export function UserMenu() {
  const user = useCurrentUser();
  const csrf = useRef<HTMLInputElement>(null);

  return (
    <Space size="middle">
      <Space size="small">
        <UserOutlined />
        <Typography.Text strong data-testid="current-user" title={user.displayName}>
          {user.username}
        </Typography.Text>
        {user.admin && <Tag color="gold">admin</Tag>}
        {user.auditor && <Tag color="blue">auditor</Tag>}
      </Space>
      <form
        method="post"
        action="/logout"
        style={{ margin: 0 }}
        // The cookie is read at submit time: the gateway may have rotated it since this rendered.
        onSubmit={() => {
          if (csrf.current) csrf.current.value = currentXsrfToken() ?? '';
        }}
      >
        <input ref={csrf} type="hidden" name="_csrf" />
        <Button htmlType="submit" icon={<LogoutOutlined />} data-testid="sign-out">
          Sign out
        </Button>
      </form>
    </Space>
  );
}
