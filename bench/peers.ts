/**
 * The peer libraries, each driven through its public API and reduced to spans with our types
 * (type-map.ts). None of them may reach the network: the runner installs no-network.ts first,
 * and redact-pii's Google DLP redactor (the one part that would call a cloud API) is never built.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js';
import { SyncRedactor } from 'redact-pii';
import { OpenRedaction } from 'openredaction';
import * as sequence from '@microsoft/recognizers-text-sequence';
import type { PiiType } from '../gadgets/common/contracts';
import { mapPeerType, PEER_COVERS, type PeerId } from './type-map';
import type { Span } from './metrics';
import { ROOT } from './paths';

/** What a tool is told about the text: the wiki's language and the page's namespace. */
export interface ScanContext {
  contentLanguage: string;
  namespace: number;
}

export interface Detector {
  id: 'ours' | PeerId;
  /** Name and version as printed in the report. */
  label: string;
  covers: readonly PiiType[];
  /** Findings on `text`. Ours may be filtered by severity; peers have none. */
  detect(text: string, context: ScanContext): Span[] | Promise<Span[]>;
}

export function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

/** Region for national phone formats: the peers get the same one our engine derives. */
export function regionFor(contentLanguage: string): CountryCode {
  const byLanguage: Record<string, CountryCode> = { en: 'US', de: 'DE', fr: 'FR', ja: 'JP', pt: 'BR', hi: 'IN' };
  return byLanguage[contentLanguage.split('-')[0]] ?? 'US';
}

function libphonenumber(): Detector {
  return {
    id: 'libphonenumber-js',
    label: `libphonenumber-js ${packageVersion('libphonenumber-js')} findPhoneNumbersInText (findNumbers v2; min metadata, VALID)`,
    covers: PEER_COVERS['libphonenumber-js'],
    detect(text, context) {
      // VALID is this function's default leniency: the number must fit the region's numbering plan.
      return findPhoneNumbersInText(text, { defaultCountry: regionFor(context.contentLanguage) }).map((m) => ({
        type: mapPeerType('libphonenumber-js', 'phone'),
        start: m.startsAt,
        end: m.endsAt,
        label: 'phone',
      }));
    },
  };
}

function msRecognizers(): Detector {
  const recognizers = [sequence.recognizePhoneNumber, sequence.recognizeEmail, sequence.recognizeIpAddress, sequence.recognizeURL];
  return {
    id: 'ms-recognizers',
    label: `@microsoft/recognizers-text-sequence ${packageVersion('@microsoft/recognizers-text-sequence')} (phone, email, IP, URL)`,
    covers: PEER_COVERS['ms-recognizers'],
    detect(text) {
      const spans: Span[] = [];
      for (const recognize of recognizers) {
        for (const r of recognize(text, sequence.Culture.English)) {
          // Its `end` is inclusive.
          spans.push({ type: mapPeerType('ms-recognizers', r.typeName, r.text), start: r.start, end: r.end + 1, label: r.typeName });
        }
      }
      return spans;
    },
  };
}

/**
 * redact-pii only returns redacted text, so its spans come from replaying its own child
 * redactors in its own order: regex children are matched with their own (public) regexes on
 * the text as the previous children left it, and the name child is run and its replacements
 * located by aligning before/after. Offsets are mapped back to the original text.
 */
export function redactPiiSpans(redactor: { childRedactors: unknown[] }, original: string): Span[] {
  let current = original;
  // For each character of `current`, the original range it stands for.
  let from = Int32Array.from({ length: current.length }, (_, i) => i);
  let to = Int32Array.from({ length: current.length }, (_, i) => i + 1);
  const spans: Span[] = [];
  for (const child of redactor.childRedactors as Array<{ regexpMatcher?: RegExp; replaceWith: string; redact(t: string): string }>) {
    const replaced: Array<[number, number]> = [];
    if (child.regexpMatcher) {
      const re = new RegExp(child.regexpMatcher.source, child.regexpMatcher.flags.includes('g') ? child.regexpMatcher.flags : child.regexpMatcher.flags + 'g');
      for (const m of current.matchAll(re)) if (m[0].length) replaced.push([m.index, m.index + m[0].length]);
    } else {
      replaced.push(...alignReplacements(current, child.redact(current), child.replaceWith));
    }
    if (replaced.length === 0) continue;
    // Rebuild `current` with the tokens in place and carry the offset maps along.
    let next = '';
    const nextFrom: number[] = [];
    const nextTo: number[] = [];
    let cursor = 0;
    for (const [a, b] of replaced) {
      for (let i = cursor; i < a; i++) {
        nextFrom.push(from[i]);
        nextTo.push(to[i]);
      }
      next += current.slice(cursor, a) + child.replaceWith;
      const start = from[a];
      const end = to[b - 1];
      for (let i = 0; i < child.replaceWith.length; i++) {
        nextFrom.push(start);
        nextTo.push(end);
      }
      spans.push({ type: mapPeerType('redact-pii', child.replaceWith, original.slice(start, end)), start, end, label: child.replaceWith });
      cursor = b;
    }
    for (let i = cursor; i < current.length; i++) {
      nextFrom.push(from[i]);
      nextTo.push(to[i]);
    }
    next += current.slice(cursor);
    current = next;
    from = Int32Array.from(nextFrom);
    to = Int32Array.from(nextTo);
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * Where did `token` replace text in `before` to give `after`? Walks both strings; at each
 * token in `after`, the replaced text ends where the text following the token resumes in
 * `before`. Used only for redact-pii's name redactor, whose matches are short words.
 */
export function alignReplacements(before: string, after: string, token: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (j < after.length) {
    if (after.startsWith(token, j) && !before.startsWith(token, i)) {
      const resumeAt = j + token.length;
      const nextToken = after.indexOf(token, resumeAt);
      const anchor = after.slice(resumeAt, Math.min(nextToken < 0 ? after.length : nextToken, resumeAt + 24));
      let k = anchor ? before.indexOf(anchor, i + 1) : before.length;
      if (k < 0) k = before.length;
      out.push([i, k]);
      i = k;
      j = resumeAt;
    } else {
      i++;
      j++;
    }
  }
  return out;
}

function redactPii(): Detector {
  const redactor = new SyncRedactor();
  return {
    id: 'redact-pii',
    label: `redact-pii ${packageVersion('redact-pii')} SyncRedactor (all built-ins)`,
    covers: PEER_COVERS['redact-pii'],
    detect: (text) => redactPiiSpans(redactor as unknown as { childRedactors: unknown[] }, text),
  };
}

function openRedaction(): Detector {
  // Out of the box, as a user would run it: all ~580 patterns. Audit, metrics, webhooks stay off (their defaults).
  const detector = new OpenRedaction();
  return {
    id: 'openredaction',
    label: `openredaction ${packageVersion('openredaction')} (defaults)`,
    covers: PEER_COVERS.openredaction,
    async detect(text) {
      const result = await detector.detect(text);
      return result.detections.map((d) => ({
        type: mapPeerType('openredaction', d.type, d.value),
        start: d.position[0],
        end: d.position[1],
        label: d.type,
      }));
    },
  };
}

export function peerDetectors(): Detector[] {
  return [libphonenumber(), redactPii(), openRedaction(), msRecognizers()];
}
