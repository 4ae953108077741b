import { Card, Typography } from 'antd';
import { TokensPanel } from './TokensPanel';
import { myTokens } from './tokens';

export function TokensPage() {
  return (
    <Card title="My API tokens">
      <Typography.Paragraph type="secondary">
        Scripts and CI send a token as <Typography.Text code>Authorization: Bearer &lt;token&gt;</Typography.Text>. A token acts as you,
        narrowed to the projects and permissions you pick.
      </Typography.Paragraph>
      <TokensPanel owner={myTokens} />
    </Card>
  );
}
