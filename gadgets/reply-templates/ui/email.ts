/**
 * The prefilled Special:EmailUser address. MediaWiki 1.39 only reads the
 * fields from the URL when `wpFormIdentifier=sendEmailForm` is present
 * (HTMLForm::prepareForm); opening it sends nothing (a GET has no token).
 * Built with URLSearchParams, never by pasting text into a URL.
 */

/** Beyond this the URL risks being cut or refused by servers and proxies: copy instead. */
export const MAX_EMAIL_URL_LENGTH = 6000;

export function emailUserUrl(script: string, recipient: string, subject: string, text: string): string | undefined {
  const target = recipient.trim();
  if (!target) return undefined;
  const params = new URLSearchParams();
  params.set('title', `Special:EmailUser/${target}`);
  params.set('wpFormIdentifier', 'sendEmailForm');
  params.set('wpSubject', subject);
  params.set('wpText', text);
  const url = `${script}?${params.toString()}`;
  return url.length <= MAX_EMAIL_URL_LENGTH ? url : undefined;
}
