import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { currentUserKey, getCurrentUser } from './currentUser';
import { CurrentUserContext } from './CurrentUserContext';
import { SignInPage } from './SignInPage';

/** Renders its children for a signed-in user and the sign-in screen for everyone else. */
export function SignInGate({ children }: { children: ReactNode }) {
  const { data: user, error, isPending, refetch } = useQuery({
    queryKey: currentUserKey,
    queryFn: ({ signal }) => getCurrentUser(signal),
  });

  if (isPending) {
    return (
      <Flex justify="center" align="center" style={{ minHeight: '100vh' }}>
        <Spin size="large" data-testid="loading-user" />
      </Flex>
    );
  }
  if (error) {
    return (
      <Result
        status="error"
        data-testid="current-user-error"
        title="The console could not find out who you are"
        subTitle={error.detail ?? error.title}
        extra={<Button onClick={() => void refetch()}>Try again</Button>}
      />
    );
  }
  if (!user) return <SignInPage />;
  return <CurrentUserContext value={user}>{children}</CurrentUserContext>;
}
