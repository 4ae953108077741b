import { Alert, Button } from 'antd';
import { chainStatusText } from './auditEvents';
import { useChainVerification } from './useAuditEvents';

/** Whether the hash chain of the audit trail still verifies, recomputed by the server. */
export function ChainStatus() {
  const { data, error, isFetching, refetch } = useChainVerification();
  const recheck = (
    <Button size="small" loading={isFetching} onClick={() => void refetch()} data-testid="audit-chain-verify">
      Verify again
    </Button>
  );
  if (error) {
    return <Alert type="warning" showIcon data-testid="audit-chain-status" title={`Chain not verified: ${error.detail ?? error.title}`} action={recheck} />;
  }
  if (!data) return <Alert type="info" showIcon data-testid="audit-chain-status" title="Verifying the chain…" />;
  return <Alert type={data.intact ? 'success' : 'error'} showIcon data-testid="audit-chain-status" title={chainStatusText(data)} action={recheck} />;
}
