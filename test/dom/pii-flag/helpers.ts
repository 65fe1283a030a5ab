/** Shared by the pii-flag DOM tests: fixture loading and a banana-backed message function. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bananaMsg } from '../../../gadgets/common/banana';
import commonEn from '../../../gadgets/common/i18n/en.json';
import { mergeBundles } from '../../../gadgets/common/messages';
import en from '../../../gadgets/pii-flag/i18n/en.json';

// ../shared/ beside the clone holds the diff pages captured from a real MediaWiki 1.39 (CI has it too).
export const SHARED_FIXTURES = resolve(process.cwd(), '../shared/fixtures');
// vitest runs from the repository root (jsdom gives import.meta.url an http: scheme).
export const OWN_FIXTURES = resolve(process.cwd(), 'test/fixtures/diff');

export function fixture(dir: string, name: string): string {
  return readFileSync(join(dir, name), 'utf8');
}

/** The captured 1.39 table diffs (wikidiff2 and PHP engine). */
export function sharedTableFixtures(): string[] {
  return readdirSync(SHARED_FIXTURES).filter((f) => f.endsWith('.html') && f.includes('diff-table'));
}

/** Puts a fixture into the test document (test harness only: the gadget never writes HTML). */
export function loadPage(html: string): Document {
  document.documentElement.removeAttribute('data-wsg-pii-flag');
  document.documentElement.removeAttribute('data-wsg-pii-flag-count');
  document.body.innerHTML = html;
  return document;
}

export const msg = bananaMsg(mergeBundles({ en: commonEn }, { en }), 'en');

/** Resolves after pending timers and microtasks (the scan and marks yield with setTimeout 0). */
export function settle(): Promise<void> {
  return new Promise((r) => setTimeout(r, 0));
}
