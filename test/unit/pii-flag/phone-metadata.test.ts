import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { METADATA_FILE, generatedMetadata } from '../../../gadgets/pii-flag/detect/phone-metadata.generate';
import { HOTWORD_REGIONS, PHONE_REGIONS } from '../../../gadgets/pii-flag/detect/regions';

describe('bundled phone metadata', () => {
  it('is what the generator makes from the installed libphonenumber-js (regenerate after an upgrade)', () => {
    expect(JSON.parse(readFileSync(METADATA_FILE, 'utf8'))).toEqual(JSON.parse(JSON.stringify(generatedMetadata())));
  });
  it('covers every region the engine tries', () => {
    const meta = generatedMetadata();
    for (const region of [...HOTWORD_REGIONS, ...PHONE_REGIONS]) expect(Object.keys(meta.countries)).toContain(region);
  });
});
