/**
 * The one place the local wikis' settings live: `npm start` (the demo wiki), the
 * e2e harness's own wiki, and the labelled ES2017 smoke wiki differ only by folder,
 * port and whether ResourceLoader validates gadget code as ES5.
 * Credentials here guard a wiki bound to 127.0.0.1 that holds only demo content.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface LocalWiki {
  /** Folder with LocalSettings.php, data/ (SQLite, mail.jsonl) and server.pid. */
  dir: string;
  port: number;
  url: string;
  apiUrl: string;
  dbName: string;
  admin: { name: string; password: string };
  /** The bot password deploy logs in with ("Admin@deploy"). */
  bot: { name: string; password: string; appId: string };
  /** A local account with a confirmed email: where referral mails go in tests and demos. */
  oversight: { name: string; password: string; email: string };
  /** False only for the labelled ES2017 smoke wiki. */
  validateJs: boolean;
  /** Where the wiki's captured outgoing mail lands (AlternateUserMailer hook). */
  mailLog: string;
}

export function localWiki(options: { name?: string; port?: number; validateJs?: boolean } = {}): LocalWiki {
  const port = options.port ?? Number(process.env.WIKI_PORT || 8080);
  const dir = join(repoRoot, '.local-wiki', options.name ?? 'main');
  const url = `http://127.0.0.1:${port}`;
  const admin = { name: 'Admin', password: 'Admin-Pass-2024!' };
  const appId = 'deploy';
  return {
    dir,
    port,
    url,
    apiUrl: `${url}/api.php`,
    dbName: 'wikisafety',
    admin,
    bot: { name: `${admin.name}@${appId}`, password: '0123456789abcdef0123456789abcdef', appId },
    oversight: { name: 'Oversight', password: 'Oversight-Pass-2024!', email: 'oversight@example.org' },
    validateJs: options.validateJs ?? true,
    mailLog: join(dir, 'data', 'mail.jsonl'),
  };
}

/** The environment build/local-wiki/wiki.sh reads. */
export function wikiShellEnv(wiki: LocalWiki): Record<string, string> {
  return {
    WIKI_DIR: wiki.dir,
    WIKI_PORT: String(wiki.port),
    WIKI_DBNAME: wiki.dbName,
    WIKI_ADMIN: wiki.admin.name,
    WIKI_ADMIN_PASS: wiki.admin.password,
    WIKI_BOT_APPID: wiki.bot.appId,
    WIKI_BOT_PASS: wiki.bot.password,
    WIKI_OVERSIGHT: wiki.oversight.name,
    WIKI_OVERSIGHT_PASS: wiki.oversight.password,
    WIKI_OVERSIGHT_EMAIL: wiki.oversight.email,
    WIKI_VALIDATE_JS: wiki.validateJs ? '1' : '0',
  };
}
