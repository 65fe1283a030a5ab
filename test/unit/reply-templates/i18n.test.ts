/**
 * The machinery behind "all text is i18n": every message the composer, the
 * linter and the dialog can ask for exists in English and German and is
 * documented in qqq.json, and the wordings the plan counts on are there.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPLY_KINDS } from '../../../gadgets/common/contracts';
import { REFERRALS } from '../../../gadgets/reply-templates/compose';
import { PLAN, WORDINGS } from '../../../gadgets/reply-templates/compose/plan';
import { RULE_IDS } from '../../../gadgets/reply-templates/lint';
import en from '../../../gadgets/reply-templates/i18n/en.json';
import de from '../../../gadgets/reply-templates/i18n/de.json';
import qqq from '../../../gadgets/reply-templates/i18n/qqq.json';

const E = en as Record<string, unknown>;
const D = de as Record<string, unknown>;
const Q = qqq as Record<string, unknown>;
const keys = Object.keys(E).filter((k) => k !== '@metadata');

describe('reply-templates i18n', () => {
  it('every English key has a German text and a qqq documentation, and nothing extra', () => {
    expect(keys.length).toBeGreaterThan(150);
    expect(keys.filter((k) => typeof D[k] !== 'string')).toEqual([]);
    expect(keys.filter((k) => typeof Q[k] !== 'string' || (Q[k] as string).length < 10)).toEqual([]);
    expect(Object.keys(D).filter((k) => k !== '@metadata' && !(k in E))).toEqual([]);
    expect(keys.every((k) => k.startsWith('reply-templates-'))).toBe(true);
  });

  it('every wording the plan counts on exists, for every element the plan uses', () => {
    const used = new Set<string>(['greeting', 'greeting-anon', 'signoff', 'checkin', 'checkin-nodate', 'delay-newdate', 'delay-nodate', 'resources-intro', 'resources-default', 'sanction-action', 'sanction-action-length', 'sanction-appeal']);
    for (const kind of REPLY_KINDS) for (const part of PLAN[kind].flat()) if ('text' in part) used.add(part.text);
    for (const element of used) {
      const count = WORDINGS[element];
      expect(count, element).toBeGreaterThan(0);
      for (let n = 1; n <= count; n++) expect(E[`reply-templates-${element}-${n}`], `${element}-${n}`).toBeTypeOf('string');
      expect(E[`reply-templates-${element}-${count + 1}`], `${element} has more wordings than WORDINGS says`).toBeUndefined();
    }
  });

  it('every lint rule, kind, referral and gadget description has its message', () => {
    for (const rule of RULE_IDS) expect(E[`reply-templates-lint-${rule}`], rule).toBeTypeOf('string');
    for (const kind of REPLY_KINDS) expect(E[`reply-templates-kind-${kind}`], kind).toBeTypeOf('string');
    for (const r of REFERRALS) {
      expect(E[`reply-templates-action-referral-${r}`]).toBeTypeOf('string');
      expect(E[`reply-templates-action-label-referral-${r}`]).toBeTypeOf('string');
    }
    expect(E['reply-templates-gadget-description']).toBeTypeOf('string');
    expect(E['reply-templates-core-gadget-description']).toBeTypeOf('string');
  });

  it('every message key the gadget source asks for literally exists', () => {
    const dir = join(__dirname, '../../../gadgets/reply-templates');
    const files = ['index.ts', 'loader.ts', ...readdirSync(join(dir, 'ui')).map((f) => `ui/${f}`), 'compose/compose.ts', 'lint/lint.ts'];
    const asked = new Set<string>();
    for (const f of files) for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/'(reply-templates-[a-z0-9-]+[a-z0-9])'/g)) asked.add(m[1]);
    expect(asked.size).toBeGreaterThan(30);
    expect([...asked].filter((k) => !(k in E))).toEqual([]);
  });
});
