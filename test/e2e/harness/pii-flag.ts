/**
 * Reading pii-flag's DOM contract (gadgets/pii-flag/ui/Banner.tsx, mount.tsx,
 * highlight.ts) from a real page: readiness, banner, counts, highlighted text.
 */
import type { Locator, Page } from 'playwright-core';

/** Waits for `<html data-wsg-pii-flag="done|error">` and returns the state and count. */
export async function waitForPiiFlag(page: Page): Promise<{ state: string; count: number }> {
  await page.waitForFunction(() => ['done', 'error'].includes(document.documentElement.dataset.wsgPiiFlag ?? ''), undefined, { timeout: 20_000 });
  return page.evaluate(() => ({
    state: document.documentElement.dataset.wsgPiiFlag ?? '',
    count: Number(document.documentElement.dataset.wsgPiiFlagCount ?? NaN),
  }));
}

export interface Highlight {
  text: string;
  /** Whether it sits in the added side of the diff (td.diff-addedline), where pii-flag must look. */
  inAddedLine: boolean;
}

/** The highlighted text, from the Custom Highlight `wsg-pii` or the `<mark>` fallback. */
export async function highlights(page: Page): Promise<Highlight[]> {
  return page.evaluate(() => {
    const out: { text: string; inAddedLine: boolean }[] = [];
    const added = (node: Node | null) => {
      const el = node && (node.nodeType === 1 ? (node as Element) : node.parentElement);
      return Boolean(el?.closest('td.diff-addedline, .diff-side-added, ins.diffchange'));
    };
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    const highlight = registry?.get('wsg-pii');
    if (highlight) for (const range of highlight) out.push({ text: range.toString(), inAddedLine: added(range.startContainer) });
    for (const mark of Array.from(document.querySelectorAll('mark.wsg-pii-mark'))) out.push({ text: mark.textContent ?? '', inAddedLine: added(mark) });
    return out;
  });
}

/**
 * Clicks pii-flag's "Request suppression privately" (the banner must be shown) and waits
 * for report-helper's dialog it opens: the hand-off several e2e files start from.
 */
export async function requestSuppressionDialog(page: Page): Promise<Locator> {
  await page.click('.wsg-pii-request');
  const dialog = page.locator('[role="dialog"]').first();
  await dialog.waitFor({ state: 'visible', timeout: 15_000 });
  return dialog;
}
