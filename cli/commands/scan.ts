/**
 * `wiki-safety scan [FILE|-] [--namespace N] [--lang CODE] [--region CC] [--json]`
 * Scans text (a file, or standard input for "-" or no file) with pii-flag's engine.
 * With --json the output is exactly {"findings":[{"type","start","end","text","severity","reason"}]}.
 * Offsets are UTF-16 code units, as in the engine.
 */
import { bananaMsg } from '../../gadgets/common/banana';
import { scan } from '../../gadgets/pii-flag/detect';
import en from '../../gadgets/pii-flag/i18n/en.json';
import de from '../../gadgets/pii-flag/i18n/de.json';
import { type Command, UsageError, parseOptions, readInput } from '../io';

const HELP = 'usage: wiki-safety scan [FILE|-] [--namespace N] [--lang CODE] [--region CC] [--json]';

export const run: Command = async (argv, io) => {
  const { values, positionals } = parseOptions(argv, {
    namespace: { type: 'string' },
    lang: { type: 'string' },
    region: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`expected one FILE (or -), got ${positionals.length}`);
  let namespace: number | undefined;
  if (values.namespace !== undefined) {
    if (!/^-?\d{1,6}$/.test(values.namespace)) throw new UsageError(`--namespace must be a namespace number, got "${values.namespace}"`);
    namespace = Number(values.namespace);
  }
  const lang = values.lang;
  if (lang !== undefined && !/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(lang)) throw new UsageError(`--lang must be a language code like "en" or "de", got "${lang}"`);
  if (values.region !== undefined && !/^[a-z]{2}$/i.test(values.region)) throw new UsageError(`--region must be a two-letter country code like "DE", got "${values.region}"`);

  const text = await readInput(positionals[0], io);
  // Reasons in the wiki's language where we have it (de), English otherwise.
  const msg = bananaMsg({ en, de }, lang && lang.toLowerCase().startsWith('de') ? 'de' : 'en');
  const findings = scan(text, { namespace, contentLanguage: lang, region: values.region, msg });

  if (values.json) {
    io.out(JSON.stringify({ findings: findings.map(({ type, start, end, text, severity, reason }) => ({ type, start, end, text, severity, reason })) }));
    return 0;
  }
  if (!findings.length) {
    io.out('no findings');
    return 0;
  }
  for (const f of findings) io.out(`${f.start}-${f.end}\t${f.severity}\t${f.type}\t${JSON.stringify(f.text)}\t${f.reason}`);
  return 0;
};
