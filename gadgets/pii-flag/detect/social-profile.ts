/**
 * Social media profiles: profile URLs on the major platforms and "@handle" next to
 * a platform's name. A profile link alone (a project's own account) stays low; tied
 * to a person (a pronoun, a user link, "her Instagram") it is flagged. Runs on the unmasked text (URLs are what it looks for).
 * Links to posts, searches, share buttons and help pages are not profiles.
 */
import type { Candidate, Detector } from './candidate';

const PLATFORMS: Record<string, string> = {
  'facebook.com': 'Facebook', 'fb.com': 'Facebook', 'instagram.com': 'Instagram', 'twitter.com': 'X (Twitter)',
  'x.com': 'X (Twitter)', 'tiktok.com': 'TikTok', 'linkedin.com': 'LinkedIn', 'youtube.com': 'YouTube',
  't.me': 'Telegram', 'vk.com': 'VK', 'reddit.com': 'Reddit', 'github.com': 'GitHub', 'snapchat.com': 'Snapchat',
  'threads.net': 'Threads', 'bsky.app': 'Bluesky', 'pinterest.com': 'Pinterest', 'twitch.tv': 'Twitch',
  'xing.com': 'XING', 'soundcloud.com': 'SoundCloud', 'flickr.com': 'Flickr', 'tumblr.com': 'Tumblr',
};

/**
 * A top-level domain followed by a path: the fast literal anchor. The host before it
 * and the profile path after it are then read by HOST and PROFILE_PATH.
 */
const TLD_SLASH = /\.(?:com|me|net|app|tv)\//g;
const HOST = /(?:^|[^a-z0-9.-])(?:www\.|m\.|mobile\.|[a-z]{2}\.)?(facebook|fb|instagram|twitter|x|tiktok|linkedin|youtube|t|vk|reddit|github|snapchat|threads|bsky|pinterest|twitch|xing|soundcloud|flickr|tumblr)$/;
const PROFILE_PATH = /^(?:in\/|pub\/|u\/|user\/|add\/|profile\/|people\/|profile\.php\?id=|c\/|channel\/)?(@?[A-Za-z0-9_.\-]{2,60})/;

/** First path segments that are features, not people. */
const NOT_A_PROFILE =
  /^@?(?:sharer|share|sharing|intent|home|login|signup|search|hashtag|explore|watch|groups|pages|events|policies|privacy|help|about|legal|settings|messages|notifications|p|reel|reels|status|tv|stories|embed|plugins|dialog|tr|photo\.php|story\.php|permalink\.php|i|r|wiki|topics|jobs|company|school|feed|results|playlist|shorts|live|premium|business|ads|developers|marketplace|gaming|trending|features|pricing|security|enterprise|sponsors|orgs|marketplace|apps|blog|news|press)$/i;

/** "@handle", anchored on the "@"; the platform's name must come just before it (HANDLE_PLATFORM_BEFORE). */
const HANDLE = /@([A-Za-z0-9_.]{2,30})/g;
const HANDLE_PLATFORM_BEFORE =
  /\b(instagram|insta|ig|twitter|tiktok|snapchat|snap|telegram|discord|threads|bluesky|mastodon|x)(?: (?:handle|account|name|id|username|profile))?(?: is|:| =| -)? ?$/;

const HANDLE_PLATFORM: Record<string, string> = {
  instagram: 'Instagram', insta: 'Instagram', ig: 'Instagram', twitter: 'X (Twitter)', x: 'X (Twitter)', tiktok: 'TikTok',
  snapchat: 'Snapchat', snap: 'Snapchat', telegram: 'Telegram', discord: 'Discord', threads: 'Threads', bluesky: 'Bluesky', mastodon: 'Mastodon',
};

const SCHEME = /(?:https?:\/\/)?$/;

export const detectSocialProfile: Detector = (ctx) => {
  const out: Candidate[] = [];
  const t = ctx.text;
  const lower = ctx.lower;
  let m: RegExpExecArray | null;
  TLD_SLASH.lastIndex = 0;
  while ((m = TLD_SLASH.exec(lower))) {
    const head = lower.slice(Math.max(0, m.index - 24), m.index);
    const host = HOST.exec(head);
    if (!host) continue;
    const domain = host[1] + m[0].slice(0, -1);
    const platform = PLATFORMS[domain];
    if (!platform) continue;
    const pathStart = m.index + m[0].length;
    const path = PROFILE_PATH.exec(t.slice(pathStart, pathStart + 80));
    if (!path) continue;
    const user = path[1].replace(/[.\-]+$/, '');
    if (user.length < 2 || NOT_A_PROFILE.test(user)) continue;
    let start = m.index - head.length + host.index + (host[0].length - host[0].replace(/^[^a-z0-9]/, '').length);
    const scheme = SCHEME.exec(lower.slice(Math.max(0, start - 8), start));
    if (scheme) start -= scheme[0].length;
    const end = pathStart + path[0].length - (path[1].length - user.length);
    out.push({ type: 'social-profile', start, end, score: 0.35, reason: 'pii-flag-reason-social-url', params: [platform] });
  }
  if (t.indexOf('@') >= 0) {
    HANDLE.lastIndex = 0;
    while ((m = HANDLE.exec(t))) {
      const before = HANDLE_PLATFORM_BEFORE.exec(lower.slice(Math.max(0, m.index - 32), m.index));
      if (!before) continue;
      // Part of an email address (name@host): not a handle.
      if (/[A-Za-z0-9._%+-]/.test(t.charAt(m.index - 1))) continue;
      out.push({ type: 'social-profile', start: m.index, end: m.index + m[0].length, score: 0.6, reason: 'pii-flag-reason-social-handle', params: [HANDLE_PLATFORM[before[1]] || before[1]] });
    }
  }
  return out;
};

export const socialProfilePatterns = (): RegExp[] => [TLD_SLASH, HOST, PROFILE_PATH, NOT_A_PROFILE, HANDLE, HANDLE_PLATFORM_BEFORE, SCHEME];
