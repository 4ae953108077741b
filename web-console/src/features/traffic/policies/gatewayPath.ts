export type GatewayTab = 'policy' | 'history' | 'evaluate' | 'stats' | 'stop';

/** The console page of one gateway's policy, on a tab. */
export const gatewayPath = (gateway: string, tab?: GatewayTab) => `/traffic/gateways/${encodeURIComponent(gateway)}${tab ? `?tab=${tab}` : ''}`;
