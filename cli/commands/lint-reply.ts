/**
 * wiki-safety lint-reply [FILE|-] --kind KIND [--lang CODE] [--json]
 * Checks a draft against the guidance; with --json exactly
 * {"findings":[{"rule","severity","start","end","message"}]}. Exit 0 when
 * clean, 1 when there are findings, 2 on bad input.
 */
import { bananaMsg } from '../../gadgets/common/banana';
import { REPLY_KINDS } from '../../gadgets/common/contracts';
import { lint } from '../../gadgets/reply-templates/lint';
import en from '../../gadgets/reply-templates/i18n/en.json';
import de from '../../gadgets/reply-templates/i18n/de.json';
import { type Command, parseOptions, readInput } from '../io';
import { requireKind } from './draft-reply';

export const HELP = `usage: wiki-safety lint-reply [FILE|-] --kind KIND [--lang CODE] [--json]
kinds: ${REPLY_KINDS.join(', ')}`;

/** "3:14" (line:column, 1-based) for a human-readable report. */
function position(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1}`;
}

export const run: Command = async (argv, io) => {
  const { values, positionals } = parseOptions(argv, {
    kind: { type: 'string' },
    lang: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  const kind = requireKind(values.kind);
  const lang = values.lang || 'en';
  const draft = await readInput(positionals[0], io);
  const findings = lint(draft, { kind, lang, msg: bananaMsg({ en, de }, lang) });
  if (values.json) {
    io.out(JSON.stringify({ findings: findings.map(({ rule, severity, start, end, message }) => ({ rule, severity, start, end, message })) }));
  } else if (findings.length === 0) {
    io.out('no findings');
  } else {
    for (const f of findings) io.out(`${f.start >= 0 ? position(draft, f.start) : 'missing'}\t${f.severity}\t${f.rule}\t${f.message}`);
  }
  return findings.length ? 1 : 0;
};
