import { ExperimentOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Form, Input, Modal, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { ApiError, type FieldError } from '../../../api/ApiError';
import { FormMessages } from '../../../components/FormMessages';
import { useLanes } from '../lanes/useLanes';
import { useTrafficListNames } from '../lists/useTrafficLists';
import { fromRow, toRow, unpinned, type RuleRow } from './conditionForm';
import type { PolicyVersion, Rule } from './policies';
import { policyFormField } from './policyErrors';
import { EvaluatePanel } from './EvaluatePanel';
import { PolicyJsonEditor } from './PolicyJsonEditor';
import { RulesTable, type PolicyFormValues } from './RulesTable';
import { useSavePolicy } from './usePolicies';

export type EditorView = 'form' | 'json';

interface PolicyEditorProps {
  gateway: string;
  /** The current version; null before the gateway's first policy. */
  policy: PolicyVersion | null;
  canManage: boolean;
  view: EditorView;
  onViewChange: (view: EditorView) => void;
}

const asJsonText = (rules: unknown) => JSON.stringify({ rules }, null, 2);

/** Parses the JSON view: the whole `{"rules": [...]}`; throws an Error saying what is wrong. */
function parsePolicyJson(text: string): { rules: Rule[] } & Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`Not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !Array.isArray((value as { rules?: unknown }).rules)) {
    throw new Error('The policy is one JSON object with a "rules" array');
  }
  return value as { rules: Rule[] };
}

/**
 * A gateway's policy, edited as a form or as JSON, and saved as a new version. A refusal is shown in
 * place: under the JSON editor as `field: message`, and on the form's fields its paths point to.
 */
export function PolicyEditor({ gateway, policy, canManage, view, onViewChange }: PolicyEditorProps) {
  const { message } = App.useApp();
  const lanes = useLanes();
  const lists = useTrafficListNames();
  const savePolicy = useSavePolicy(gateway);
  const [form] = Form.useForm<PolicyFormValues>();
  const initialRules = policy?.rules ?? [];
  const [jsonText, setJsonText] = useState(() => asJsonText(unpinned(initialRules)));
  const [problem, setProblem] = useState<{ errors: FieldError[]; messages: string[] }>({ errors: [], messages: [] });
  const [localError, setLocalError] = useState<string>();
  const [draft, setDraft] = useState<Rule[]>();

  const rows = (): RuleRow[] => (form.getFieldValue('rules') as RuleRow[] | undefined) ?? [];

  /** Puts a 400's per-field errors on the form fields their paths map to; the rest goes above the form. */
  function showOnForm(errors: FieldError[], formRows: RuleRow[]): string[] {
    const unmapped: string[] = [];
    const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
    for (const { field, detail } of errors) {
      const name = field === undefined ? undefined : policyFormField(field, formRows);
      if (!name) {
        unmapped.push(field ? `${field}: ${detail}` : detail);
        continue;
      }
      const key = name.join('.');
      byField.set(key, { name, errors: [...(byField.get(key)?.errors ?? []), `${detail}${field ? ` (${field})` : ''}`] });
    }
    // The paths come from policyFormField, which names only the form's own fields.
    form.setFields([...byField.values()] as Parameters<typeof form.setFields>[0]);
    return unmapped;
  }

  function switchTo(next: EditorView) {
    setLocalError(undefined);
    if (next === view) return;
    try {
      if (next === 'json') {
        setJsonText(asJsonText(rows().map(fromRow)));
      } else {
        const formRows = parsePolicyJson(jsonText).rules.map(toRow);
        form.setFieldsValue({ rules: formRows });
        if (problem.errors.length > 0) showOnForm(problem.errors, formRows);
      }
      onViewChange(next);
    } catch (error) {
      setLocalError(`Fix this before switching to the ${next === 'json' ? 'JSON' : 'form'} view: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** The policy being edited, as the API takes it, and the form rows its error paths refer to; undefined when it does not parse. */
  async function edited(): Promise<{ body: { rules: Rule[]; comment?: string }; formRows: RuleRow[] } | undefined> {
    setLocalError(undefined);
    const comment = (form.getFieldValue('comment') as string | undefined)?.trim() || undefined;
    try {
      if (view === 'form') {
        await form.validateFields();
        const formRows = rows();
        return { body: { rules: formRows.map(fromRow), comment }, formRows };
      }
      const parsed = parsePolicyJson(jsonText);
      const formRows = parsed.rules.map((rule) => (typeof rule === 'object' && rule !== null ? toRow(rule) : ({ mode: 'json' } as RuleRow)));
      // A comment typed into the JSON counts when the comment box is empty.
      return { body: { ...parsed, comment: comment ?? (parsed.comment as string | undefined) }, formRows };
    } catch (error) {
      // The form shows its own validation messages in place.
      if (error instanceof Error) setLocalError(error.message);
      return undefined;
    }
  }

  async function tryDraft() {
    const policy = await edited();
    if (policy) setDraft(policy.body.rules);
  }

  async function save() {
    setProblem({ errors: [], messages: [] });
    const policy = await edited();
    if (!policy) return;
    const { body, formRows } = policy;
    try {
      const saved = await savePolicy.mutateAsync(body);
      void message.success(`Saved version ${saved.version} of ${gateway}`);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const unmapped = error.errors.length > 0 ? showOnForm(error.errors, formRows) : [error.detail ?? error.title];
      const messages = unmapped.length > 0 ? unmapped : ['The policy was not saved: see the highlighted fields.'];
      setProblem({ errors: error.errors, messages });
    }
  }

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" wrap gap="small">
        <Segmented<EditorView>
          value={view}
          onChange={switchTo}
          options={[
            { value: 'form', label: <span data-testid="policy-view-form">Form</span> },
            { value: 'json', label: <span data-testid="policy-view-json">JSON</span> },
          ]}
        />
        <Typography.Text type="secondary">
          Editing from version {policy?.version ?? 0}. Saving makes a new version; traffic lists are pinned to their current version.
        </Typography.Text>
      </Flex>
      {localError && <Alert type="error" showIcon title={localError} data-testid="policy-local-error" />}
      {view === 'form' && <FormMessages messages={problem.messages} />}
      {view === 'json' && (
        <PolicyJsonEditor
          value={jsonText}
          onChange={setJsonText}
          errors={problem.errors}
          otherMessages={problem.errors.length === 0 ? problem.messages : []}
          readOnly={!canManage}
        />
      )}
      <Form<PolicyFormValues> form={form} layout="vertical" initialValues={{ rules: initialRules.map(toRow), comment: '' }} data-testid="policy-form" disabled={!canManage}>
        {view === 'form' && <RulesTable form={form} laneNames={lanes.data?.lanes.map((lane) => lane.name) ?? []} listNames={lists.data ?? []} />}
        {canManage && (
          <Form.Item name="comment" label="Comment" style={{ marginTop: 16 }} extra="Why this change: it is kept with the version.">
            <Input maxLength={500} placeholder="e.g. widen gray to the tail-7 users" data-testid="policy-comment" />
          </Form.Item>
        )}
      </Form>
      {canManage && (
        <Flex justify="flex-end" gap="small">
          <Button icon={<ExperimentOutlined />} onClick={() => void tryDraft()} data-testid="policy-try-draft">
            Try the draft
          </Button>
          <Button type="primary" icon={<SaveOutlined />} loading={savePolicy.isPending} onClick={() => void save()} data-testid="policy-save">
            Save as version {(policy?.version ?? 0) + 1}
          </Button>
        </Flex>
      )}
      {draft && (
        <Modal open width={1000} title="Try the draft: where would a request go?" footer={null} onCancel={() => setDraft(undefined)}>
          <EvaluatePanel gateway={gateway} draft={draft} />
        </Modal>
      )}
    </Flex>
  );
}
