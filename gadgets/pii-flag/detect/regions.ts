/**
 * Which country's national phone format to expect, from the wiki's content
 * language. Scanning every region multiplies false positives (research §2.3: 7
 * regions took 9 corpus hits to 1,214), so the engine uses one region, plus
 * a few more only where a phone hotword says "this is a number".
 */
const LANGUAGE_REGION: Record<string, string> = {
  en: 'US', 'en-gb': 'GB', 'en-ca': 'CA', 'en-au': 'AU', 'en-in': 'IN', simple: 'US',
  de: 'DE', 'de-at': 'AT', 'de-ch': 'CH', als: 'CH', bar: 'AT',
  fr: 'FR', es: 'ES', it: 'IT', nl: 'NL', pt: 'PT', 'pt-br': 'BR', ja: 'JP', hi: 'IN',
};

export function regionFor(lang: string | undefined, region?: string): string {
  if (region && /^[A-Za-z]{2}$/.test(region)) return region.toUpperCase();
  const code = (lang || 'en').toLowerCase();
  return LANGUAGE_REGION[code] || LANGUAGE_REGION[code.split('-')[0]] || 'US';
}

/** Regions tried for a national-format number when a phone hotword is next to it. */
export const HOTWORD_REGIONS = ['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'BR', 'IN', 'JP', 'AT', 'CH', 'PT', 'BE', 'IE', 'AU', 'CA', 'MX'];

/**
 * Regions whose numbers the bundled metadata can validate (phone-metadata.json).
 * International numbers (+CC) of other countries are not recognised: the price of
 * a small bundle. Add a region here and regenerate to support it.
 */
export const PHONE_REGIONS = HOTWORD_REGIONS;
