import { Alert } from 'antd';

/** Server messages about a form as a whole, e.g. "Requires member.manage on project shop". */
export function FormMessages({ messages }: { messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      data-testid="form-error"
      style={{ marginBottom: 16 }}
      title={messages.length === 1 ? messages[0] : <ul style={{ margin: 0, paddingLeft: 16 }}>{messages.map((m) => <li key={m}>{m}</li>)}</ul>}
    />
  );
}
