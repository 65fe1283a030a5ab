/**
 * Writes phone-metadata.json: libphonenumber-js "min" metadata cut to the regions
 * the gadget expects (regions.ts). The full metadata is 29 KB gzipped with the code
 * (max: 49 KB); this cut keeps the whole detector near 15 KB, inside the gadget's
 * 25 KB budget. "min" makes isValid() check the national number pattern and
 * lengths but not per-type patterns — enough with context scoring on top.
 *
 *   npx tsx gadgets/pii-flag/detect/phone-metadata.generate.ts
 *
 * A unit test fails when the committed file differs from what this produces, so
 * a libphonenumber-js upgrade reminds you to regenerate.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PHONE_REGIONS } from './regions';

interface Metadata {
  version: number;
  country_calling_codes: Record<string, string[]>;
  countries: Record<string, unknown>;
  nonGeographic?: Record<string, unknown>;
}

export function trimMetadata(full: Metadata, regions: readonly string[]): Metadata {
  const out: Metadata = { version: full.version, country_calling_codes: {}, countries: {}, nonGeographic: {} };
  for (const [code, list] of Object.entries(full.country_calling_codes)) {
    const keep = list.filter((c) => regions.indexOf(c) >= 0);
    if (keep.length) out.country_calling_codes[code] = keep;
  }
  for (const region of regions) {
    if (full.countries[region]) out.countries[region] = full.countries[region];
  }
  return out;
}

export function generatedMetadata(): Metadata {
  const require = createRequire(import.meta.url);
  const full = JSON.parse(readFileSync(require.resolve('libphonenumber-js/metadata.min.json'), 'utf8')) as Metadata;
  return trimMetadata(full, PHONE_REGIONS);
}

export const METADATA_FILE = join(dirname(fileURLToPath(import.meta.url)), 'phone-metadata.json');

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(METADATA_FILE, JSON.stringify(generatedMetadata()) + '\n');
  console.log(`wrote ${METADATA_FILE}`);
}
