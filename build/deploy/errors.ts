/**
 * One clear line for each way a deploy can fail, instead of a stack trace:
 * an unreachable wiki, bad credentials, missing rights. Pure: takes the error
 * mwn (or axios under it) threw.
 */

/** Edit errors that mean "this account may not edit interface pages". */
const RIGHTS_CODES = new Set([
  'sitejsprotected',
  'sitecssprotected',
  'sitejsonprotected',
  'siterawhtmlprotected',
  'protectednamespace-interface',
  'protectednamespace',
  'customjsprotected',
  'customcssprotected',
  'mycustomjsprotected',
  'mycustomcssprotected',
  'permissiondenied',
  'protectedpage',
  'cascadeprotected',
]);

/** Login results/codes that mean "wrong name or password". */
const CREDENTIAL_CODES = new Set(['Failed', 'WrongPass', 'WrongPluginPass', 'NotExists', 'Aborted', 'wrongpassword', 'login-failed', 'badlogin']);

/** Network error codes from Node/axios. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ERR_BAD_RESPONSE', 'ERR_BAD_REQUEST']);

export class DeployError extends Error {
  override name = 'DeployError';
}

function codeOf(error: unknown): string {
  const e = error as { code?: unknown; cause?: { code?: unknown }; response?: { data?: { login?: { result?: unknown } } } };
  if (typeof e?.code === 'string') return e.code;
  if (typeof e?.cause?.code === 'string') return e.cause.code;
  return '';
}

/** A one-line, actionable message for `error` that happened while doing `doing` on `wiki`. */
export function explainError(error: unknown, context: { wiki: string; title?: string; account?: string }): string {
  if (error instanceof DeployError) return error.message;
  const code = codeOf(error);
  const info = String((error as { info?: unknown })?.info ?? (error as Error)?.message ?? error);
  if (RIGHTS_CODES.has(code)) {
    return (
      `no right to edit ${context.title ?? 'the gadget pages'} (${code}): a site-wide deploy needs an account in the ` +
      `interface-admin group (a bot password also needs the grants editinterface and editsiteconfig); ` +
      `without interface rights, use --user to install as personal scripts`
    );
  }
  if (CREDENTIAL_CODES.has(code) || /password|login/i.test(code)) {
    return `login as ${context.account ?? 'the given user'} failed on ${context.wiki} (${code}: ${info}): check --username and --password (a bot password logs in as Name@appid)`;
  }
  if (NETWORK_CODES.has(code)) {
    return `cannot reach the wiki at ${context.wiki} (${code}): check the URL and that the wiki is running`;
  }
  return `deploy failed${context.title ? ` on ${context.title}` : ''}: ${code ? `${code}: ` : ''}${info}`;
}
