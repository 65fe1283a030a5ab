/**
 * Every regex the linter builds from the phrase lists (and the word sets for
 * negation, conditions and hedges) is checked by recheck for catastrophic
 * backtracking. A new phrase a translator adds is checked the same way.
 */
import { describe, expect, it } from 'vitest';
import { recheck } from '../recheck';
import { PHRASES } from '../../../gadgets/reply-templates/lint';
import { compileLanguage } from '../../../gadgets/reply-templates/lint/language';
import { phraseRegexes } from '../../../gadgets/reply-templates/lint/patterns';

describe('linter regexes are safe from catastrophic backtracking', () => {
  for (const [lang, data] of Object.entries(PHRASES)) {
    it(`${lang}: all phrase and element patterns`, () => {
      const compiled = compileLanguage(data, lang);
      const regexes = [
        compiled.negators,
        compiled.conditionals,
        compiled.hedges,
        ...Object.values(compiled.lists).flat().flatMap(phraseRegexes),
        ...Object.values(compiled.elements).flat(2).flatMap(phraseRegexes),
      ];
      const unsafe: string[] = [];
      for (const regex of new Set(regexes.map((r) => r.source))) {
        const result = recheck(regex, 'g');
        if (result.status !== 'safe') unsafe.push(`${result.status}: ${regex}`);
      }
      expect(regexes.length).toBeGreaterThan(100);
      expect(unsafe).toEqual([]);
    }, 600_000);
  }
});
