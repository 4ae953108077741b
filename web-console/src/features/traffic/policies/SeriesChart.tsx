import { theme } from 'antd';
import type { StatsPoint } from './policies';

const width = 600;
const height = 120;
const bucketMs = 10_000;
const windowMs = 5 * 60_000;

/**
 * Requests (bars) and errors (red bars in front) per 10 s bucket over the last five minutes, drawn
 * as plain SVG: the console has no chart library and this is all the view needs.
 */
export function SeriesChart({ series, now, label }: { series: StatsPoint[]; now: number; label: string }) {
  const { token } = theme.useToken();
  const buckets = windowMs / bucketMs;
  const start = now - windowMs;
  const max = Math.max(1, ...series.map((point) => point.requests));
  const barWidth = width / buckets;
  const x = (at: string) => ((Date.parse(at) - start) / windowMs) * width;
  const y = (value: number) => (value / max) * (height - 14);
  const visible = series.filter((point) => {
    const position = x(point.at);
    return position >= -barWidth && position <= width;
  });

  return (
    <svg viewBox={`0 0 ${width} ${height}`} width="100%" height={height} role="img" aria-label={label} data-testid="series-chart" style={{ display: 'block' }}>
      <line x1={0} y1={height - 0.5} x2={width} y2={height - 0.5} stroke={token.colorBorder} />
      <text x={4} y={11} fontSize={10} fill={token.colorTextSecondary}>
        {max.toLocaleString()} / 10 s
      </text>
      {visible.map((point) => {
        const left = Math.max(0, x(point.at)) + 1;
        return (
          <g key={point.at}>
            <title>{`${new Date(point.at).toLocaleTimeString()}: ${point.requests} requests, ${point.errors} errors`}</title>
            <rect x={left} y={height - y(point.requests)} width={barWidth - 2} height={y(point.requests)} fill={token.colorPrimary} opacity={0.75} />
            {point.errors > 0 && <rect x={left} y={height - y(point.errors)} width={barWidth - 2} height={Math.max(1, y(point.errors))} fill={token.colorError} />}
          </g>
        );
      })}
    </svg>
  );
}
