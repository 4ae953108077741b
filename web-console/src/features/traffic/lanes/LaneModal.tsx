import { Form, Input, Select, Switch } from 'antd';
import { ApiError } from '../../../api/ApiError';
import { FormModal } from '../../../components/FormModal';
import { laneNameRules, serviceNamePattern } from '../trafficNames';
import type { Lane, LaneChanges } from './lanes';
import { usePutLane } from './useLanes';

interface LaneModalProps {
  /** The lane to edit; a new lane when absent. */
  lane?: Lane;
  /** Names already taken, so "New lane" does not silently replace one (PUT creates or replaces). */
  existing: string[];
  onClose: () => void;
}

/** Creates a lane or edits one; an edit sends the version it started from and is refused if the lane changed meanwhile. */
export function LaneModal({ lane, existing, onClose }: LaneModalProps) {
  const putLane = usePutLane(lane?.version);
  const save = (values: LaneChanges) =>
    putLane.mutateAsync({ ...values, name: lane?.name ?? values.name }).catch((error: unknown) => {
      if (error instanceof ApiError && error.status === 412) {
        throw new ApiError({ ...error, errors: [], detail: `Someone changed lane ${lane?.name} since you opened it. Close this dialog and edit it again.` });
      }
      throw error;
    });

  return (
    <FormModal<LaneChanges>
      title={lane ? `Edit lane ${lane.name}` : 'New lane'}
      okText={lane ? 'Save' : 'Create lane'}
      testId="lane-form"
      initialValues={lane ? { name: lane.name, description: lane.description ?? '', strict: lane.strict, lockedServices: lane.lockedServices } : { strict: false, lockedServices: [] }}
      onSubmit={save}
      onClose={onClose}
    >
      <Form.Item
        name="name"
        label="Name"
        extra="Instances join the lane by registering with metadata aviary.lane=<name>."
        rules={
          lane
            ? []
            : [
                ...laneNameRules,
                { validator: async (_: unknown, value: string | undefined) => (value && existing.includes(value) ? Promise.reject(new Error(`Lane ${value} exists already: edit it instead`)) : undefined) },
              ]
        }
      >
        <Input autoComplete="off" disabled={lane !== undefined} />
      </Form.Item>
      <Form.Item name="description" label="Description" rules={[{ max: 500 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item
        name="strict"
        label="Strict"
        valuePropName="checked"
        extra="When the lane has no healthy instance of a service, calls fail (503 at the gateway) instead of falling back to the baseline."
      >
        <Switch data-testid="lane-strict" />
      </Form.Item>
      <Form.Item
        name="lockedServices"
        label="Locked services"
        extra="The lane's traffic may reach only these services. Leave empty for an unlocked lane. Type a name and press Enter."
        rules={[
          { type: 'array', max: 200, message: 'At most 200 services' },
          {
            validator: async (_: unknown, value: string[] | undefined) => {
              const bad = (value ?? []).filter((service) => !serviceNamePattern.test(service));
              if (bad.length > 0) throw new Error(`Not a service name: ${bad.join(', ')}`);
            },
          },
        ]}
      >
        <Select mode="tags" open={false} tokenSeparators={[',', ' ']} placeholder="Unlocked" data-testid="lane-locked-services" />
      </Form.Item>
    </FormModal>
  );
}
