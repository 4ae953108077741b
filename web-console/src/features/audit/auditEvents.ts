import { apiFetch } from '../../api/apiFetch';
import { withQuery, type Paged } from '../../api/paged';

export type AuditResult = 'success' | 'denied' | 'rejected' | 'failed';

/** An event of `GET /api/v1/audit-events`; `before`/`after` are whatever JSON the service recorded. */
export interface AuditEvent {
  sequence: number;
  id: string;
  occurredAt: string;
  actor: string;
  actorKind: string;
  action: string;
  target: string;
  before: unknown;
  after: unknown;
  result: AuditResult;
  status: number;
  clientIp: string | null;
  service: string;
  hash: string;
}

/** The filters of the audit trail; `from`/`to` are ISO-8601 instants. */
export interface AuditFilter {
  actor?: string;
  action?: string;
  target?: string;
  from?: string;
  to?: string;
}

export interface AuditQuery extends AuditFilter {
  page: number;
  size: number;
}

/** Body of `GET /api/v1/audit-events/verify`. */
export interface ChainVerification {
  intact: boolean;
  checked: number;
  firstBrokenSequence: number | null;
  problem: string | null;
}

export const listAuditEvents = (query: AuditQuery, signal?: AbortSignal) =>
  apiFetch<Paged<AuditEvent>>(withQuery('/api/v1/audit-events', { ...query }), { signal });

export const verifyAuditChain = (signal?: AbortSignal) => apiFetch<ChainVerification>('/api/v1/audit-events/verify', { signal });

export function chainStatusText(verification: ChainVerification): string {
  if (verification.intact) return `Chain intact (${verification.checked} events)`;
  const where = verification.firstBrokenSequence === null ? '' : ` at #${verification.firstBrokenSequence}`;
  return `Chain broken${where}: ${verification.problem ?? 'unknown problem'}`;
}
