/**
 * `wiki-safety referral --situation S --wiki URL --diff URL [--diff URL …] [--summary TEXT] [--from NAME] [--json]`
 * Routes and writes a referral with report-helper's engines. With --json the
 * output is exactly {"to":[…],"subject","body","mailto"}.
 */
import { SITUATIONS } from '../../gadgets/common/contracts';
import { bananaMsg } from '../../gadgets/common/banana';
import { composeReferral } from '../../gadgets/report-helper/referral/compose';
import { type DiffRef, parseDiffUrl, pageUrl } from '../../gadgets/report-helper/referral/links';
import { mailtoHref } from '../../gadgets/report-helper/referral/mailto';
import { shippedConfig } from '../../gadgets/common/config/resolve';
import { destinationFor, isSituation } from '../../gadgets/report-helper/route/route';
import en from '../../gadgets/report-helper/i18n/en.json';
import de from '../../gadgets/report-helper/i18n/de.json';
import { type Command, UsageError, parseOptions } from '../io';

const HELP = `usage: wiki-safety referral --situation ${SITUATIONS.join('|')} --wiki URL --diff URL [--diff URL …] [--summary TEXT] [--from NAME] [--json]`;

const DIFF_ERRORS: Record<string, string> = {
  'not-a-url': 'is not a URL',
  'not-a-diff': 'is not a diff link (expected index.php?diff=NEW&oldid=OLD or Special:Diff/NEW)',
  'not-permanent': 'is not a permanent diff link (diff=next/cur changes over time; use the revision numbers)',
  'other-wiki': 'is on another wiki than --wiki',
};

export const run: Command = async (argv, io) => {
  const { values } = parseOptions(
    argv,
    {
      situation: { type: 'string' },
      wiki: { type: 'string' },
      diff: { type: 'string', multiple: true },
      summary: { type: 'string' },
      from: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    false,
  );
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  if (!isSituation(values.situation)) throw new UsageError(`--situation must be one of ${SITUATIONS.join(', ')}`);
  if (!values.wiki) throw new UsageError('--wiki URL is required (e.g. https://en.wikipedia.org)');
  let wikiUrl: URL;
  try {
    wikiUrl = new URL(values.wiki);
    if (wikiUrl.protocol !== 'https:' && wikiUrl.protocol !== 'http:') throw new Error();
  } catch {
    throw new UsageError(`--wiki ${JSON.stringify(values.wiki)} is not an http(s) URL`);
  }
  const script = /\.php$/.test(wikiUrl.pathname) ? wikiUrl.pathname : '/w/index.php';
  const wiki = { server: wikiUrl.origin, script };
  if (!values.diff?.length) throw new UsageError('at least one --diff URL is required');
  const diffs: DiffRef[] = values.diff.map((raw) => {
    const parsed = parseDiffUrl(raw, wiki);
    if (typeof parsed === 'string') throw new UsageError(`--diff ${JSON.stringify(raw.slice(0, 200))} ${DIFF_ERRORS[parsed]}`);
    return parsed;
  });

  const msg = bananaMsg({ en, de }, 'en');
  const destination = destinationFor(values.situation, shippedConfig(undefined, wikiUrl.host));
  const referral = composeReferral(
    {
      wiki: { ...wiki, siteName: wikiUrl.host },
      sender: { name: values.from ?? '' },
      summary: values.summary ?? '',
      diffs,
    },
    destination,
    msg,
  );
  const mailto = destination.emails.length ? mailtoHref(destination.emails, referral.subject, referral.body) : '';
  if (values.json) {
    io.out(JSON.stringify({ to: destination.emails, subject: referral.subject, body: referral.body, mailto }));
    return 0;
  }
  const lines = [`To: ${destination.emails.join(', ')}`];
  if (destination.emailUser) lines.push(msg('report-helper-cli-email-user', pageUrl(wiki, `Special:EmailUser/${destination.emailUser}`)));
  for (const key of destination.adviceKeys) lines.push(`! ${msg(key)}`);
  lines.push(`Subject: ${referral.subject}`, '', referral.body);
  if (mailto) lines.push('', mailto);
  io.out(lines.join('\n'));
  return 0;
};
