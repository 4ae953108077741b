/** Lane and traffic-list names (docs/traffic.md); gateways use the same format with up to 63 characters. */
export const laneNamePattern = /^[a-z][a-z0-9-]{0,39}$/;
export const gatewayNamePattern = /^[a-z][a-z0-9-]{0,62}$/;
export const ruleNamePattern = /^[a-z0-9][a-z0-9-]{0,62}$/;
export const serviceNamePattern = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$/;

export const laneNameRules = [
  { required: true, message: 'Name a lane' },
  { pattern: laneNamePattern, message: 'A lower-case letter, then up to 39 lower-case letters, digits or dashes' },
  { validator: async (_: unknown, value: string | undefined) => (value === 'baseline' ? Promise.reject(new Error('baseline is the name of no lane')) : undefined) },
];
