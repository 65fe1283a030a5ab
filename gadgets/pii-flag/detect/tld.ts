/**
 * Top-level domains an email or profile host may end in. Any two-letter
 * country code passes; longer ones must be on this list of generic TLDs people
 * really use for mail. Keeps `image@2x.png` and `Bugzilla@Mozilla` out.
 */
const GENERIC = [
  'com', 'org', 'net', 'edu', 'gov', 'mil', 'int', 'info', 'biz', 'name', 'pro', 'mobi', 'aero', 'coop', 'museum',
  'app', 'dev', 'io', 'xyz', 'online', 'site', 'email', 'mail', 'live', 'blog', 'tech', 'art', 'club', 'shop',
  'store', 'cloud', 'page', 'studio', 'design', 'media', 'news', 'world', 'life', 'one', 'top', 'space', 'website',
  'berlin', 'bayern', 'hamburg', 'koeln', 'wien', 'paris', 'london', 'nyc', 'tokyo', 'amsterdam', 'barcelona', 'eus',
  'cat', 'gal', 'swiss', 'asia', 'africa', 'family', 'me', 'tv', 'fm', 'ac',
];

/** Reserved for documentation and testing (RFC 2606/6761): never a real person's address. */
export const DOCUMENTATION_DOMAIN = /(?:^|\.)(?:example\.(?:com|org|net|edu)|example|test|invalid|localhost)$/i;

const FILE_LIKE = ['js', 'md', 'py', 'rb', 'ts', 'cs', 'db', 'gz', 'xz', 'sh'];

export function isMailTld(tld: string): boolean {
  const t = tld.toLowerCase();
  if (!/^[a-z]{2,24}$/.test(t)) return false;
  if (t.length === 2) return FILE_LIKE.indexOf(t) < 0;
  return GENERIC.indexOf(t) >= 0;
}
