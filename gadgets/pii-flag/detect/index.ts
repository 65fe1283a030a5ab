/**
 * pii-flag detection engine: pure TypeScript, no DOM, no `mw`.
 *
 *   scan(text, { namespace, contentLanguage, region?, msg? }) → Finding[]
 *
 * Findings are sorted by start, never overlap, and carry UTF-16 offsets into `text`.
 */
export type { PiiType, Finding, ScanOptions, Severity } from './types';
export { scan } from './scan';
export { PII_TYPES } from '../../common/contracts';
