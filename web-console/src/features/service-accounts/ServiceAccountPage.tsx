import { Card, Flex } from 'antd';
import { Link, useParams } from 'react-router';
import { TokensPanel } from '../tokens/TokensPanel';
import { serviceAccountTokens } from '../tokens/tokens';

/** One service account's API tokens; the API has no endpoint for a single account's other details. */
export function ServiceAccountPage() {
  const { name = '' } = useParams();
  return (
    <Flex vertical gap="large">
      <Link to="/service-accounts">← All service accounts</Link>
      <Card title={<span data-testid="service-account-name">Tokens of {name}</span>}>
        <TokensPanel owner={serviceAccountTokens(name)} />
      </Card>
    </Flex>
  );
}
