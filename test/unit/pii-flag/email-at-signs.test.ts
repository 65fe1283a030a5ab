import { describe, expect, it } from 'vitest';
import { scan } from '../../../gadgets/pii-flag/detect';

// plainAddresses walks `@` and full-width `＠` in one forward pass; both kinds, mixed and in
// either order, must still be found (the pass replaced two indexOf calls per sign).
describe('email: both at signs in one text', () => {
  it('finds a full-width address before an ASCII one and after it', () => {
    for (const text of ['write to jane.roe＠gmail.com or bob.stone@gmail.com please', 'write to bob.stone@gmail.com or jane.roe＠gmail.com please']) {
      const emails = scan(text, { namespace: 3 }).filter((f) => f.type === 'email').map((f) => f.text).sort();
      expect(emails).toEqual(['bob.stone@gmail.com', 'jane.roe＠gmail.com']);
    }
  });

  it('a flood of at signs without addresses yields no email finding', () => {
    expect(scan('０@.'.repeat(5000), { namespace: 3 }).filter((f) => f.type === 'email')).toEqual([]);
  });
});
