/**
 * npm start       → install Debian packages if missing (root/sudo), build, start the
 *                    local wiki (installing it the first time), deploy, demo pages, URLs
 * npm run wiki:stop  → stop its server
 * npm run wiki:reset → wipe it and do `start` again from a fresh install
 * Settings: WIKI_PORT (default 8080). State: .local-wiki/main/ (git-ignored).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { buildCli, buildGadgets } from '../build';
import { localWiki, repoRoot } from './config';
import { diffUrl, viewUrl } from './demo';
import { assertSystemPackages, prepareLocalWiki, wikiSh } from './local-wiki';

async function start(fresh: boolean): Promise<void> {
  const started = Date.now();
  try {
    execFileSync('bash', [join(repoRoot, 'build', 'install-system-packages.sh')], { stdio: 'inherit' });
  } catch {
    throw new Error('the Debian packages above are needed for the local wiki');
  }
  assertSystemPackages();
  let t = Date.now();
  await buildGadgets();
  await buildCli();
  console.log(`built in ${Date.now() - t} ms`);
  const wiki = localWiki();
  t = Date.now();
  const { demo, timings } = await prepareLocalWiki(wiki, { fresh, log: (line) => console.log(`  ${line}`) });
  console.log(`wiki ${timings.wiki} ms, deploy ${timings.deploy} ms, demo content ${timings.demo} ms`);
  console.log(`
The local wiki is running on ${wiki.url} (ready in ${((Date.now() - started) / 1000).toFixed(1)} s). Open:
  Gadgets           ${viewUrl(wiki.url, 'Special:Gadgets')}
  PII diff          ${diffUrl(wiki.url, demo.piiTalk)}
  clean diff        ${diffUrl(wiki.url, demo.cleanArticle)}
  hostile diff      ${diffUrl(wiki.url, demo.hostile)}
  same on Minerva   ${diffUrl(wiki.url, demo.piiTalk, { useskin: 'minerva' })}
  right-to-left UI  ${diffUrl(wiki.url, demo.piiTalk, { uselang: 'he' })}
Log in as ${wiki.admin.name} / ${wiki.admin.password} (mail sent through the wiki lands in ${wiki.mailLog}).
Stop with npm run wiki:stop; start over with npm run wiki:reset.`);
}

async function main(command: string | undefined): Promise<void> {
  switch (command) {
    case 'start':
      return start(false);
    case 'reset':
      wikiSh(localWiki(), 'stop');
      return start(true);
    case 'stop':
      wikiSh(localWiki(), 'stop');
      return;
    default:
      throw new Error('usage: tsx build/local-wiki/cli.ts start|stop|reset');
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
