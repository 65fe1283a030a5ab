import { describe, expect, it } from 'vitest';
import { scan } from '../../../gadgets/pii-flag/detect';

// The last two medium findings on the real-article corpus (United-Kingdom.txt), and the
// outing statements of the same shapes that must still be caught.
const medium = (text: string, namespace: number) => scan(text, { namespace }).filter((f) => f.type === 'identity-link' && f.severity !== 'low');

describe('identity-link: "X = Name" and "]] (Name)" lookalikes', () => {
  it('an infobox parameter is not "X = Name"', () => {
    expect(medium('{{Infobox country\n| linking_name = the United Kingdom<!--Note-->\n}}', 0)).toEqual([]);
  });

  it('a camel-case article link followed by a party in brackets is not "[[User:X]] (Name)"', () => {
    expect(medium('[[Arlene Foster]] (Democratic Unionist Party) and [[Martin McGuinness]] (Sinn Féin) who were', 0)).toEqual([]);
  });

  it('still catches both shapes about an account', () => {
    const text = 'Everyone knows [[User:GardenFan42]] (Maria Example) lives nearby. GardenFan42 = Maria Example.';
    expect(medium(text, 1).map((f) => f.text)).toEqual(['[[User:GardenFan42]] (Maria Example', 'GardenFan42 = Maria Example']);
  });
});
