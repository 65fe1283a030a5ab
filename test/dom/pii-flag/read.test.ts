import { describe, expect, it } from 'vitest';
import { findInGroups, findInGroup } from '../../../gadgets/pii-flag/diff/find';
import { type LineGroup, readAddedText, sliceNodes } from '../../../gadgets/pii-flag/diff/read';
import { scan } from '../../../gadgets/pii-flag/detect';
import { OWN_FIXTURES, SHARED_FIXTURES, fixture, loadPage, sharedTableFixtures } from './helpers';

const addedText = (g: LineGroup) => g.added.map(([a, b]) => g.text.slice(a, b)).join('|');
const allText = (groups: LineGroup[]) => groups.map((g) => g.text).join('\n\n');

/** Every piece must come from an added cell or inline-added element, never deleted or context text. */
function assertOnlyAddedSide(groups: LineGroup[]): void {
  for (const g of groups) {
    let rebuilt = '';
    for (const p of g.pieces) {
      if (p.node) {
        const el = p.node.parentElement!;
        expect(el.closest('del, td.diff-deletedline, td.diff-context, .mw-diff-inline-deleted, .mw-diff-inline-context, .mw-diff-inline-moved-source, tr.diff-title')).toBeNull();
        rebuilt += p.node.data;
      } else {
        rebuilt += g.text.slice(p.start, p.end);
      }
    }
    expect(rebuilt).toBe(g.text);
  }
}

const emailsFound = (groups: LineGroup[]) =>
  groups.flatMap((g) => findInGroup(g, (t) => scan(t, { namespace: 3, contentLanguage: 'en' })).map((f) => f.finding.text));

describe('diff reader on MediaWiki 1.39 captures', () => {
  it.each(sharedTableFixtures())('%s: reads only the added side', (name) => {
    loadPage(fixture(SHARED_FIXTURES, name));
    const groups = readAddedText(document);
    expect(groups.length).toBeGreaterThan(0);
    assertOnlyAddedSide(groups);
    // Text of unchanged context lines never appears as added.
    for (const g of groups) expect(addedText(g)).not.toContain('It is maintained by volunteers.');
  });

  it('a whole added line is added text as a whole (wikidiff2 and PHP engine)', () => {
    for (const name of ['mw-1.39-diff-table.html', 'mw-1.39-phpdiff-diff-table.html']) {
      loadPage(fixture(SHARED_FIXTURES, name));
      const groups = readAddedText(document);
      expect(groups.map((g) => g.text)).toEqual(['Call me at +1 415 555 0134 or mail jane.doe@example.org']);
      expect(addedText(groups[0])).toBe(groups[0].text);
    }
  });

  it('inside a changed line only the inserted words are added, but the whole new line is read', () => {
    loadPage(fixture(SHARED_FIXTURES, 'mw-1.39-diff-table-inline-change.html'));
    let [g] = readAddedText(document);
    expect(g.text).toBe('The project started in 2021 and grew slowly.');
    expect(addedText(g)).toBe('2021|slowly');
    expect(g.text).not.toContain('2020');
    loadPage(fixture(SHARED_FIXTURES, 'mw-1.39-phpdiff-diff-table-inline-change.html'));
    [g] = readAddedText(document);
    expect(g.text).toBe('The project started in 2021 and grew slowly.');
    expect(addedText(g)).toBe('2021 |slowly');
  });

  it('neighbouring added lines form one group, joined by line breaks', () => {
    loadPage(fixture(SHARED_FIXTURES, 'mw-1.39-diff-table-multiline-add.html'));
    const groups = readAddedText(document);
    expect(groups).toHaveLength(1);
    expect(groups[0].text.split('\n')).toEqual([
      '== Team ==',
      '* Alice <alice@example.com>, phone +44 20 7946 0958',
      '* Bob, https://example.net/bob',
      '* Carol (no contact details)',
      'See [[Main Page]] for more.',
    ]);
  });

  it('context lines and hunk headers separate groups (two hunks, two groups at least)', () => {
    loadPage(fixture(SHARED_FIXTURES, 'mw-1.39-diff-table-combined.html'));
    const groups = readAddedText(document);
    const texts = groups.map((g) => g.text);
    expect(texts[0]).toBe('Call me at +1 415 555 0134 or mail jane.doe@example.org');
    expect(texts.some((t) => t.includes('* Alice <alice@example.com>'))).toBe(true);
    expect(texts.some((t) => t.includes('Call me') && t.includes('Alice'))).toBe(false);
  });

  it('the full captured diff page: only the diff, not the edit summary or page chrome', () => {
    loadPage(fixture(SHARED_FIXTURES, 'mw-1.39-diff-page.html'));
    const groups = readAddedText(document);
    assertOnlyAddedSide(groups);
    expect(allText(groups)).toContain('jane.doe@example.org');
    expect(allText(groups)).not.toContain('diff fixture');
  });
});

describe('diff reader on current MediaWiki markup (built fixtures)', () => {
  const mustFind = ['jane.roe@example.org', '+49 30 9876 5678', 'fresh@example.net', 'split@example.net', 'third@example.com'];
  const mustNotFind = ['old@example.net', 'summary@example.net', 'context@example.net', 'removed@example.net', 'kept@example.net', 'moved@example.net'];

  it.each(['current-table.html', 'inline.html'])('%s: finds what the edit added and nothing else', (name) => {
    loadPage(fixture(OWN_FIXTURES, name));
    const groups = readAddedText(document);
    assertOnlyAddedSide(groups);
    const found = emailsFound(groups);
    for (const text of mustFind) expect(found).toContain(text);
    for (const text of mustNotFind) expect(found).not.toContain(text);
  });

  it('a phone number whose first digits changed is found whole (it overlaps the inserted words)', () => {
    loadPage(fixture(OWN_FIXTURES, 'current-table.html'));
    const groups = readAddedText(document);
    const g = groups.find((x) => x.text.includes('Call the office'))!;
    expect(g.text).toContain('Call the office on +49 30 9876 5678 or visit.');
    expect(addedText(g)).toContain('+49 30 9876');
    expect(addedText(g)).not.toContain('5678');
  });

  it('table and inline views of one edit give the same added text', () => {
    // Whitespace-only insertions (a blank line, the space before a split) differ by format; words must not.
    const fragments = () =>
      readAddedText(document)
        .flatMap((g) => addedText(g).split('|'))
        .map((t) => t.trim())
        .filter(Boolean);
    loadPage(fixture(OWN_FIXTURES, 'current-table.html'));
    const table = fragments();
    loadPage(fixture(OWN_FIXTURES, 'inline.html'));
    expect(fragments()).toEqual(table);
    expect(table).toEqual([
      'Whole new line: write to jane.roe@example.org today.',
      '+49 30 9876',
      'that',
      'fresh@example.net',
      'mail split@example.net',
      'Hostile <img src=x onerror=alert(1)> text from third@example.com',
    ]);
  });

  it('moved paragraphs add only their inserted words; the arrows are not text', () => {
    loadPage(fixture(OWN_FIXTURES, 'current-table.html'));
    const moved = readAddedText(document).find((g) => g.text.includes('Moved paragraph'))!;
    expect(moved.text).not.toContain('\u26AB');
    expect(addedText(moved).split('|')[0]).toBe('fresh@example.net');
    expect(addedText(moved)).not.toContain('moved@');
  });

  it('Special:MobileDiff (inline table inside #mw-mf-diffarea)', () => {
    loadPage(fixture(OWN_FIXTURES, 'mobilediff.html'));
    const groups = readAddedText(document);
    assertOnlyAddedSide(groups);
    expect(groups.map((g) => g.text)).toEqual(['Please call +44 20 7946 0958 or write to mobile.user@example.org']);
    expect(emailsFound(groups)).toEqual(['+44 20 7946 0958', 'mobile.user@example.org']);
  });

  it('old Special:MobileDiff bodies with bare ins/del', () => {
    loadPage(fixture(OWN_FIXTURES, 'mobilediff-legacy.html'));
    const groups = readAddedText(document);
    expect(groups.map((g) => g.text)).toEqual(['legacy.add@example.org']);
  });

  it('hostile text is read as text (no element is created from it)', () => {
    loadPage(fixture(OWN_FIXTURES, 'current-table.html'));
    const hostile = readAddedText(document).find((g) => g.text.includes('onerror'))!;
    expect(hostile.text).toContain('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
  });

  it('no diff on the page: nothing to read', () => {
    loadPage('<div id="mw-content-text"><p>Article text with someone@example.org</p></div>');
    expect(readAddedText(document)).toEqual([]);
  });
});

describe('offsets back to the DOM', () => {
  it('a finding across an <ins> boundary maps to one slice per text node', () => {
    loadPage(fixture(OWN_FIXTURES, 'current-table.html'));
    const g = readAddedText(document).find((x) => x.text.includes('Call the office'))!;
    const start = g.text.indexOf('+49');
    const end = g.text.indexOf(' or visit');
    const slices = sliceNodes(g, start, end);
    expect(slices.map((s) => s.node.data.slice(s.start, s.end))).toEqual(['+49 30 9876', ' 5678']);
    expect(slices[0].node.parentElement!.nodeName).toBe('INS');
  });

  it('findings only in unchanged words of a changed line are dropped', () => {
    loadPage(fixture(OWN_FIXTURES, 'current-table.html'));
    const g = readAddedText(document).find((x) => x.text.includes('kept@'))!;
    const fake = (text: string) => {
      const start = text.indexOf('kept@example.net');
      return [{ type: 'email' as const, start, end: start + 16, text: 'kept@example.net', severity: 'high' as const, reason: 'r' }];
    };
    expect(findInGroup(g, fake)).toEqual([]);
  });

  it('scanning in slices yields between groups and gives the same result as one pass', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => `<tr><td class="diff-marker"></td><td class="diff-context diff-side-deleted"><div>c${i}</div></td><td class="diff-marker"></td><td class="diff-context diff-side-added"><div>c${i}</div></td></tr><tr><td colspan="2" class="diff-empty diff-side-deleted"></td><td class="diff-marker" data-marker="+"></td><td class="diff-addedline diff-side-added"><div>line ${i} user${i}@example.org</div></td></tr>`);
    loadPage(`<table class="diff"><tbody>${rows.join('')}</tbody></table>`);
    const groups = readAddedText(document);
    expect(groups).toHaveLength(300);
    const scanText = (t: string) => scan(t, { namespace: 3 });
    let yields = 0;
    let clock = 0;
    const sliced = await findInGroups(groups, scanText, { budgetMs: 10, now: () => (clock += 1), defer: (next) => (yields++, next()) });
    const onePass = await findInGroups(groups, scanText, { budgetMs: Infinity });
    expect(yields).toBeGreaterThan(10);
    expect(sliced!.map((f) => f.finding.text)).toEqual(onePass!.map((f) => f.finding.text));
    expect(sliced).toHaveLength(300);
    expect(sliced!.map((f) => f.index)).toEqual(Array.from({ length: 300 }, (_, i) => i));
  });

  it('a cancelled scan resolves with null', async () => {
    loadPage(fixture(SHARED_FIXTURES, 'mw-1.39-diff-table.html'));
    const result = await findInGroups(readAddedText(document), () => [], { cancelled: () => true });
    expect(result).toBeNull();
  });
});
