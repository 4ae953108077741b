import { Typography, theme } from 'antd';
import { useMemo } from 'react';
import { jsonLines, lineDiff } from './lineDiff';

/** A line diff of two policies' pretty-printed rules: removed lines red, added ones green. */
export function VersionDiff({ before, after }: { before: unknown; after: unknown }) {
  const { token } = theme.useToken();
  const lines = useMemo(() => lineDiff(jsonLines(before), jsonLines(after)), [before, after]);
  const changed = lines.filter((line) => line.kind !== 'same').length;
  const style = {
    added: { background: token.colorSuccessBg, color: token.colorSuccessText },
    removed: { background: token.colorErrorBg, color: token.colorErrorText },
    same: {},
  };
  const sign = { added: '+', removed: '-', same: ' ' };
  return (
    <>
      {changed === 0 && <Typography.Paragraph type="secondary">The rules are the same.</Typography.Paragraph>}
      <pre
        data-testid="version-diff"
        style={{ margin: 0, maxHeight: '60vh', overflow: 'auto', fontSize: 12, lineHeight: 1.5, border: `1px solid ${token.colorBorderSecondary}`, borderRadius: token.borderRadius }}
      >
        {lines.map((line, index) => (
          <div key={index} data-diff={line.kind} style={{ ...style[line.kind], padding: '0 8px', whiteSpace: 'pre' }}>
            {sign[line.kind]} {line.text}
          </div>
        ))}
      </pre>
    </>
  );
}
