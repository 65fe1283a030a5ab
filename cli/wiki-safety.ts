/**
 * `wiki-safety`: the gadgets' engines on the command line.
 *   wiki-safety scan [FILE|-] [--namespace N] [--lang CODE] [--json]
 *   wiki-safety referral --situation … --wiki URL --diff URL … [--json]
 *   wiki-safety lint-reply [FILE|-] --kind KIND [--lang CODE] [--json]
 *   wiki-safety draft-reply --kind KIND [--recipient …] [--json]
 */
import { type CliIO, type Command, UsageError, processIO } from './io';
import { run as scan } from './commands/scan';
import { run as referral } from './commands/referral';
import { run as lintReply } from './commands/lint-reply';
import { run as draftReply } from './commands/draft-reply';

export const commands: Record<string, Command> = {
  scan,
  referral,
  'lint-reply': lintReply,
  'draft-reply': draftReply,
};

const USAGE = `usage: wiki-safety <command> [options]
commands: ${Object.keys(commands).join(', ')}
run "wiki-safety <command> --help" for a command's options`;

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    io.out(USAGE);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    io.err(`wiki-safety: unknown command "${name}" (${Object.keys(commands).join(', ')})`);
    return 2;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    // Bad input gets one clear line, never a stack trace.
    const message = error instanceof UsageError ? error.message : `unexpected error: ${(error as Error)?.message ?? String(error)}`;
    io.err(`wiki-safety ${name}: ${message}`);
    return 2;
  }
}

// Run when started as the program (node dist/cli/wiki-safety.mjs, the npm bin link "wiki-safety", tsx), not when imported by tests.
if (process.argv[1] && /wiki-safety(\.(mjs|ts))?$/.test(process.argv[1])) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
