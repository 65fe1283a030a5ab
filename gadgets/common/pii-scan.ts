/**
 * pii-flag's detection engine, for other gadgets (report-helper scans the
 * summary a reporter types). Gadgets never import each other; they share
 * pure engines through common/.
 */
export { scan } from '../pii-flag/detect';
export type { Finding } from '../pii-flag/detect';
