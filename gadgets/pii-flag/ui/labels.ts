/**
 * Type names and counts for the banner and the private request. The type names
 * (`pii-flag-type-<type>`) belong to the engine's messages; when a wiki lacks one,
 * the type id is shown rather than a broken ⧼key⧽ placeholder.
 */
import { PII_TYPES, type PiiType } from '../../common/contracts';
import type { Msg } from '../../common/messages';

export function typeLabel(msg: Msg, type: PiiType): string {
  const key = 'pii-flag-type-' + type;
  const text = msg(key);
  return !text || text === key || text.indexOf('⧼') !== -1 ? type : text;
}

/** `[{type:'email', count:2}, …]` in the contract's order. */
export function countByType(types: readonly PiiType[]): Array<{ type: PiiType; count: number }> {
  const counts: Partial<Record<PiiType, number>> = {};
  for (const t of types) counts[t] = (counts[t] || 0) + 1;
  return PII_TYPES.filter((t) => counts[t]).map((t) => ({ type: t, count: counts[t] as number }));
}
