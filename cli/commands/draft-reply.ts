/**
 * wiki-safety draft-reply --kind KIND [--recipient NAME] [--sender NAME] [--check-in YYYY-MM-DD] [--lang CODE] [--json]
 * Prints a composed reply; with --json exactly {"kind","text"}.
 */
import { REPLY_KINDS } from '../../gadgets/common/contracts';
import { bananaMsg } from '../../gadgets/common/banana';
import { composeReply, isReplyKind, parseIsoDate } from '../../gadgets/reply-templates/compose';
import en from '../../gadgets/reply-templates/i18n/en.json';
import de from '../../gadgets/reply-templates/i18n/de.json';
import { type Command, UsageError, parseOptions } from '../io';

export const HELP = `usage: wiki-safety draft-reply --kind KIND [--recipient NAME] [--sender NAME] [--check-in YYYY-MM-DD] [--situation TEXT] [--variant N] [--lang CODE] [--json]
kinds: ${REPLY_KINDS.join(', ')}`;

/** Shared by both reply commands: the kind, checked, with a one-line error. */
export function requireKind(kind: string | undefined): (typeof REPLY_KINDS)[number] {
  if (!kind) throw new UsageError(`--kind is required (${REPLY_KINDS.join(', ')})`);
  if (!isReplyKind(kind)) throw new UsageError(`unknown kind "${kind}" (${REPLY_KINDS.join(', ')})`);
  return kind;
}

export const run: Command = async (argv, io) => {
  const { values } = parseOptions(
    argv,
    {
      kind: { type: 'string' },
      recipient: { type: 'string' },
      sender: { type: 'string' },
      'check-in': { type: 'string' },
      situation: { type: 'string' },
      variant: { type: 'string' },
      lang: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    false,
  );
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  const kind = requireKind(values.kind);
  const checkIn = values['check-in'];
  if (checkIn !== undefined && !parseIsoDate(checkIn)) throw new UsageError(`bad date "${checkIn}" for --check-in (expected a real date as YYYY-MM-DD)`);
  const variant = values.variant === undefined ? 0 : Number(values.variant);
  if (!Number.isInteger(variant) || variant < 0) throw new UsageError(`bad --variant "${values.variant}" (expected 0, 1, 2 …)`);
  const lang = values.lang || 'en';
  const text = composeReply(kind, { recipient: values.recipient, sender: values.sender, checkIn, situation: values.situation, variant }, { msg: bananaMsg({ en, de }, lang), lang });
  io.out(values.json ? JSON.stringify({ kind, text }) : text);
  return 0;
};
