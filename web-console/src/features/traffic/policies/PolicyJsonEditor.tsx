import { Alert, Input, Typography } from 'antd';
import type { FieldError } from '../../../api/ApiError';

interface PolicyJsonEditorProps {
  value: string;
  onChange: (value: string) => void;
  /** The last refusal's per-field errors, listed right under the editor. */
  errors: FieldError[];
  /** A refusal without per-field errors, e.g. a 403. */
  otherMessages: string[];
  readOnly: boolean;
}

/** The whole policy as `{"rules": [...]}` in a plain monospace editor. */
export function PolicyJsonEditor({ value, onChange, errors, otherMessages, readOnly }: PolicyJsonEditorProps) {
  return (
    <div>
      <Input.TextArea
        value={value}
        onChange={(event) => onChange(event.target.value)}
        readOnly={readOnly}
        spellCheck={false}
        autoSize={{ minRows: 12, maxRows: 40 }}
        status={errors.length > 0 || otherMessages.length > 0 ? 'error' : undefined}
        style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 13 }}
        aria-label="Policy JSON"
        data-testid="policy-json"
      />
      {errors.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 8 }}
          title={`The policy was not saved: ${errors.length === 1 ? 'one error' : `${errors.length} errors`}`}
          description={
            <ul style={{ margin: 0, paddingLeft: 16 }} data-testid="policy-json-errors">
              {errors.map(({ field, detail }, index) => (
                <li key={index}>
                  {field && <Typography.Text code>{field}</Typography.Text>}
                  {field && ': '}
                  {detail}
                </li>
              ))}
            </ul>
          }
        />
      )}
      {otherMessages.length > 0 && <Alert type="error" showIcon style={{ marginTop: 8 }} title={otherMessages.join(' ')} data-testid="policy-json-errors" />}
    </div>
  );
}
