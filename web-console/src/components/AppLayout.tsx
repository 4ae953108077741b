import { Layout, Menu, theme, Typography } from 'antd';
import { useEffect } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { areaOf, areas, isVisible } from '../areas';
import { useCurrentUser } from '../features/auth/CurrentUserContext';
import { UserMenu } from '../features/auth/UserMenu';

/** The console frame: navigation on the left, the current area's title and the signed-in user on top. */
export function AppLayout() {
  const { pathname } = useLocation();
  const user = useCurrentUser();
  const area = areaOf(pathname);
  const title = area?.title ?? 'Not found';
  const { token } = theme.useToken();
  const menuItems = areas
    .filter((candidate) => isVisible(candidate, user))
    .map((visible) => ({ key: visible.path, icon: visible.icon, label: <Link to={visible.path}>{visible.title}</Link> }));

  useEffect(() => {
    document.title = `${title} · Aviary`;
  }, [title]);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={232} style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}>
        <nav aria-label="Aviary">
          <div style={{ padding: '20px 24px', color: token.colorWhite, fontSize: 20, fontWeight: 600, letterSpacing: 0.5 }}>
            Aviary
          </div>
          <Menu theme="dark" mode="inline" items={menuItems} selectedKeys={area ? [area.path] : []} />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            padding: '0 32px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
          }}
        >
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
            {title}
          </Typography.Title>
          <UserMenu />
        </Layout.Header>
        <Layout.Content style={{ padding: 32 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
