import { StopOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useErrorMessage } from '../../../components/useErrorMessage';
import type { PolicyVersion } from './policies';
import { useEmergencyStop } from './usePolicies';

/** The emergency stop: a new version with no rules, so every request through the gateway goes to the baseline at once. */
export function EmergencyStop({ gateway, current, canManage }: { gateway: string; current: PolicyVersion | null; canManage: boolean }) {
  const stop = useEmergencyStop(gateway);
  const showError = useErrorMessage();
  const { message } = App.useApp();
  const [confirming, setConfirming] = useState(false);
  const rules = current?.rules.length ?? 0;
  const next = (current?.version ?? 0) + 1;

  const what = (
    <ul style={{ paddingLeft: 20, margin: 0 }}>
      <li>
        Saves version {next} of <strong>{gateway}</strong> with <strong>no rules</strong> (DELETE of the policy).
      </li>
      <li>Every replica applies it within seconds: every request through {gateway} then goes to the <strong>baseline</strong>, whatever lane it was colored for.</li>
      <li>Requests pinned with a lane token keep their lane: a pinned request skips the policy.</li>
      <li>Lanes, their instances and traffic lists stay as they are. To undo, roll back to version {current?.version ?? 0} on the History tab.</li>
    </ul>
  );

  return (
    <Flex vertical gap="middle" align="flex-start">
      <Alert
        type={rules === 0 ? 'info' : 'warning'}
        showIcon
        title={rules === 0 ? `${gateway} has no rules: all of its traffic already goes to the baseline.` : `${gateway} routes with ${rules} rule${rules === 1 ? '' : 's'} (version ${current?.version}).`}
        description={what}
      />
      {canManage && (
        <Button type="primary" danger size="large" icon={<StopOutlined />} onClick={() => setConfirming(true)} data-testid="emergency-stop">
          Emergency stop: send everyone to the baseline
        </Button>
      )}
      <Modal
        open={confirming}
        title={`Stop all gray traffic through ${gateway}?`}
        okText="Stop: everyone to the baseline"
        okButtonProps={{ danger: true, 'data-testid': 'confirm-emergency-stop' }}
        confirmLoading={stop.isPending}
        onCancel={() => setConfirming(false)}
        onOk={() =>
          stop.mutateAsync().then((saved) => {
            setConfirming(false);
            void message.success(`Version ${saved.version}: all traffic through ${gateway} goes to the baseline`);
          }, showError)
        }
      >
        <Typography.Paragraph>This happens at once:</Typography.Paragraph>
        {what}
      </Modal>
    </Flex>
  );
}
