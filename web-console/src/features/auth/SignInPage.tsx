import { LoginOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useEffect } from 'react';

/** Where the gateway starts the OAuth2 authorization code flow with the identity provider. */
const signInUrl = '/oauth2/authorization/aviary';

export function SignInPage() {
  useEffect(() => {
    document.title = 'Sign in · Aviary';
  }, []);

  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh' }} data-testid="sign-in-page">
      <Card style={{ width: 400, textAlign: 'center' }}>
        <Typography.Title level={2}>Aviary</Typography.Title>
        <Typography.Paragraph type="secondary">Sign in to manage projects, releases and the platform.</Typography.Paragraph>
        <Button type="primary" size="large" icon={<LoginOutlined />} href={signInUrl} data-testid="sign-in">
          Sign in
        </Button>
      </Card>
    </Flex>
  );
}
