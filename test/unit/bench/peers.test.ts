import { describe, expect, it } from 'vitest';
import { SyncRedactor } from 'redact-pii';
import { alignReplacements, redactPiiSpans } from '../../../bench/peers';

describe('redact-pii spans', () => {
  // redact-pii only returns redacted text; the bench replays its children to get spans.
  const redactor = new SyncRedactor();
  const text = 'Hi Jane, call (202) 555-0143 or mail jane.doe@gmail.com; ISBN 0810958929 is a book.';

  it('finds the same things its own redact() replaces, at offsets in the original text', () => {
    const spans = redactPiiSpans(redactor as unknown as { childRedactors: unknown[] }, text);
    expect(spans.map((s) => [s.label, text.slice(s.start, s.end)])).toEqual([
      ['PERSON_NAME', 'Jane'],
      ['PHONE_NUMBER', '(202) 555-0143'],
      ['EMAIL_ADDRESS', 'jane.doe@gmail.com'],
      ['PHONE_NUMBER', '0810958929'], // the ISBN: its phone rule runs before its digits rule
    ]);
    expect(spans.map((s) => s.type)).toEqual([null, 'phone', 'email', 'phone']);
    // Putting each label where its span is rebuilds exactly what redact() returns.
    let rebuilt = '';
    let cursor = 0;
    for (const s of spans) {
      rebuilt += text.slice(cursor, s.start) + s.label;
      cursor = s.end;
    }
    expect(rebuilt + text.slice(cursor)).toBe(redactor.redact(text));
  });

  it('aligns token replacements back to the replaced text', () => {
    expect(alignReplacements('Dear John Smith, hello', 'Dear NAME, hello', 'NAME')).toEqual([[5, 15]]);
    expect(alignReplacements('a Bob b Ann c', 'a NAME b NAME c', 'NAME')).toEqual([[2, 5], [8, 11]]);
    expect(alignReplacements('nothing here', 'nothing here', 'NAME')).toEqual([]);
  });
});
